"""Report-state resolution: which finding mentions decide a breast's label, and which breasts
need a human (``needs_review``). The rules are those of ``docs/labelling_guide.md``.

Every mention gets an ``effect`` and a ``reason`` (:data:`REASONS`):

* ``labels``: the mention labels its breast (``asserted``, or ``malignant_differential`` when
  every option of a differential is malignant: "invasive carcinoma, ductal versus lobular");
* ``review``: the mention sends its breast to review (``no_side``: a malignancy whose side is
  never stated; ``open_differential``: "DCIS versus ADH" left open). A review trigger of these two
  kinds is void on a breast that a malignancy labels anyway;
* ``none``: the mention is recorded but never labels (the reason says why: its section, a later
  revision, its specimen site, its context, its category).

Report state, in order:

1. *Sections that never label*: history, gross, comments, outside diagnoses, the diagnosis as
   first issued (``original``), amendment notes once a revised diagnosis exists, a microscopic
   description or frozen section once a diagnosis section exists.
2. *Revisions*: an amended / corrected / revised diagnosis, or an addendum that revises ("FINAL
   INTERPRETATION:", "the tumour is therefore classified as ...", "revised diagnosis:"),
   replaces the earlier diagnosis of the same parts (same part labels; without labels: the same
   sides, or everything when the report corrects its laterality or has one part). A withdrawn
   diagnosis ("the diagnosis of DCIS is withdrawn") replaces the earlier mentions of that finding
   (of any malignancy when a malignancy is withdrawn).
3. *Unresolved addenda* ("the diagnosis may be revised; a further addendum will follow") send the
   breasts of the report's diagnosis to review, unless a later revision settles them.
4. *Site*: lymph nodes and other organs never label; the generic words (carcinoma, malignancy,
   cancer) need a breast site; skin cancers are ``other`` terms in the lexicon.
"""

from __future__ import annotations

import bisect
import re
from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from nlp import lexicon
from nlp.context import Assertion, ContextScanner
from nlp.laterality import SideIndex, clock_of
from nlp.layout import TICKED_BOX, YEAR, end_of_line, first_lines_end, span_lookup
from nlp.prescan import ascii_lower, may_contain
from nlp.structure import (
    ADDENDUM,
    AMENDMENT,
    BILATERAL_WORD_AT,
    BLANK_LINE,
    BODY,
    BREAST,
    COMMENT,
    DIAGNOSIS,
    GROSS,
    HISTORY,
    INTRAOPERATIVE,
    ITEM_NUMBER,
    LYMPH_NODE,
    MICROSCOPIC,
    ORIGINAL,
    OTHER_ORGAN,
    OUTSIDE,
    PERSON_TITLES,
    REVISION,
    RULE_LINE,
    SKIN,
    SPECIMEN_LABEL_END,
    SPECIMEN_SIDE,
    UNKNOWN,
    Part,
    Section,
    Structure,
    bilateral,
    heading_date,
    names_breast,
    site_in,
    site_of,
)

LABELS = "labels"
REVIEW = "review"
NONE = "none"
EFFECTS = (LABELS, REVIEW, NONE)
SIDES = ("L", "R")

# reason codes (docs/data_model.md, pathology_findings.reason)
REASONS = (
    "asserted", "malignant_differential",  # labels
    "no_side", "open_differential", "unresolved_addendum", "unreadable_report", "diagnosis_unread",  # review
    "history_section", "gross_section", "comment_section", "outside_diagnosis", "superseded", "microscopic_section",
    "amendment_note", "intraoperative", "withdrawn", "template_title", "margin_field", "lymph_node", "not_breast",
    "no_breast_site", "negated", "historical", "uncertain", "differential", "not_listed",
)
REVIEW_REASONS = ("no_side", "open_differential", "unresolved_addendum", "unreadable_report", "diagnosis_unread")
VOID_IF_MALIGNANT = ("no_side", "open_differential")
UNRESOLVED_FINDING = "unresolved addendum"
NODE_FINDING = "metastatic carcinoma (lymph node)"
GENERIC_FINDINGS = frozenset({"carcinoma"})
# A fibroadenoma's French name that is also the ovary's and the uterus's Müllerian tumour ("adénofibrome séreux"): a
# breast's fibroadenoma only where its descriptor, its statement, its part or the report names the breast (a mention
# with no site at all labels nothing; another organ's site labels nothing anyway)
_SHARED_ORGAN_NAME = re.compile(r"ad[ée]nofibromes?", re.IGNORECASE)
# An "occult breast cancer" is a node metastasis whose breast primary imaging and biopsy have not found ("OCCULT BREAST
# CARCINOMA", a German form's "OKKULTES MAMMAKARZINOM", "treatment per the guideline for occult breast cancer on the
# left"): it names the presumed primary, no finding of a breast. Only "occult" right before the term that names the
# breast itself: "occult carcinoma" found in a breast specimen is that carcinoma; and not under a diagnosis heading,
# where the words are the report's finding ("Diagnosis: Manage as an occult breast cancer ..." labels).
_OCCULT_BEFORE = re.compile(r"\b(?:occult|okkult(?:e[nrs]?)?)[ \t]*\n?[ \t]*$", re.IGNORECASE)
_BREAST_NAMED_TERM = re.compile(r"breast|mamma", re.IGNORECASE)
_OCCULT_WORDS = ("occult", "okkult")
# (not after the exam or the imaging it escaped: a "clinically occult" or "mammographically occult" breast carcinoma is
# one that was found, in the specimen; nor on a breast specimen's own line, "Left breast, excision: occult breast
# carcinoma, 9 mm", that specimen's finding)
_OCCULT_SEEN_BEFORE = re.compile(r"\b(?:clinically|mammographically|radiologically|sonographically)[ \t]*\n?[ \t]*$",
                                 re.IGNORECASE)
OCCULT_SEEN_BEFORE_CHARS = 24  # "mammographically" and its blanks
_BREAST_SPECIMEN_LINE = re.compile(r"[ \t]*(?:[A-Za-z0-9]{1,3}[.)][ \t]+)?(?:(?:left|right|lt|rt|bilateral)\.?[ \t]+)?"
                                   r"(?:breast|mamma)\b[^:\n]{0,120}:", re.IGNORECASE)
OCCULT_BEFORE_CHARS = 16  # "okkultes" and the blanks of a wrapped line before the term
OCCULT_LINE_CHARS = 400  # a breast specimen line's start is looked for this far back from the term
MAX_TITLE_CHARS = 90  # a template title is a short line of its own
CORRECTION_HEAD_CHARS = 400  # a laterality correction outside a note is read in the report's head

_ROLE_REASON = {HISTORY: "history_section", GROSS: "gross_section", COMMENT: "comment_section",
                OUTSIDE: "outside_diagnosis", ORIGINAL: "superseded", MICROSCOPIC: "microscopic_section",
                AMENDMENT: "amendment_note", INTRAOPERATIVE: "intraoperative"}

# (an enlarged node named as such is a node: French "adénopathie", Spanish / Portuguese "adenopatía", English
# "(lymph)adenopathy": "Adénopathie axillaire droite métastatique d'un carcinome" is a node's metastasis; only where it
# is the statement's specimen, _specimen_adenopathies)
_NODE_WORD_FORMS = (r"lymph\s*nodes?", r"nodes?", r"nodal", r"sentinel", r"sln", r"axilla", r"axillary(?!\s+tail)",
                    r"micrometasta\w*", r"macrometasta\w*", r"isolated\s+tumou?r\s+cells", r"ad[ée]nopat\w*",
                    r"lymphad[ée]nopat\w*")
# What may not stand before an adenopathy in its statement for it to be the statement's specimen: a site word other
# than a node's (the breast's, "Microbiopsie du sein droit pour masse et adénopathie", "Left breast mass and
# adenopathy"; another organ's), a purpose or a coordination leading into it ("pour / para / for", "et / y / e / and",
# "avec / con / com / with", "emportant") or a denial ("sans / sin / sem / without / no"); nor may it stand inside a
# bracket ("(se describe además adenopatía axilar en ecografía)"; a gloss closed before it, "Diagnostic retenu
# [Diagnosis retained]: Adénopathie ...", is no bracket around it)
_NOT_ADENOPATHY_SPECIMEN = re.compile(
    r"\b(?:pour|para|for|et|y|e|and|avec|con|com|with|emportant|sans|sin|sem|without|no)\b", re.IGNORECASE)
ADENOPATHY_STATEMENT_CHARS = 200  # how far back in its sentence an adenopathy's statement is read
ADENOPATHY_GAP_CHARS = 8  # the blanks (a line break) between an adenopathy and the node's site word naming it
# r"\b(?:<forms>)\b", each form led by its first letter and the word start checked behind it: the
# engine then skips to those letters instead of trying the word boundary at every position.
_NODE_BEFORE = re.compile("(?:" + "|".join(rf"{f[0]}(?<!\w{f[0]}){f[1:]}" for f in _NODE_WORD_FORMS) + r")\b")
# "metasta..." or "met" as a whole word (the same matches as r"\b(?:metasta\w*|met)\b"; starting with the
# literal "met" and checking the word start behind it lets the engine skip straight to "met")
# "left breast and axillary contents, mastectomy:": the axilla named beside the breast in one specimen does not
# make that specimen's diagnosis a node result (its node results say so themselves)
# (or the breast procedure abbreviated: "L mastect + SLN: ILC, 3.4 cm")
_BREAST_AND = re.compile(r"(?:breasts?|mastect(?:omy)?|lumpect(?:omy)?|wle),?[ \t]+(?:and|with|&|\+)[ \t]+$",
                         re.IGNORECASE)
_METASTATIC_BEFORE = re.compile(r"met(?<!\wmet)(?:asta\w*)?\b")
# (matched at a mention's end with pos / endpos, no slice: hence no "^")
_NODE_AFTER = re.compile(
    r"[\s,#()]*(?:metastatic\s+to|metastasis\s+to|involving\s+(?:\w+\s+){0,4}(?:lymph\s*)?nodes?|"
    r"(?:in|to)\s+(?:\w+\s+){0,4}(?:lymph\s*)?nodes?\b|\(\s*\d+\s*/\s*\d+\s*\))"
)
# (its leading run, and the blanks a bracketed count's "(" may stand before the run's end at most: _node_after)
_NODE_AFTER_RUN = re.compile(r"[\s,#()]+")
_BLANK_RUN = re.compile(r"\s+")
NODE_AFTER_DIRECT_CHARS = 64  # (a shorter run is matched through)
_NODE_AFTER_LONG_RUN = re.compile(rf"[\s,#()]{{{NODE_AFTER_DIRECT_CHARS}}}")
_SEPARATOR = re.compile(r":(?!\d)|\s+-{1,2}\s+|\s+[–—]\s+|\.{3,}")
_SEPARATOR_CHARS = (":", "-", "–", "—", "...")
_SEPARATOR_HINT = re.compile("|".join(map(re.escape, _SEPARATOR_CHARS)))  # any of them, in one scan
# ... each place one starts, overlapping ones too ("...." holds two "..."): _match_within
_SEPARATOR_HINT_AT = re.compile("(?=(" + _SEPARATOR_HINT.pattern + "))")
_QUOTE_CHARS = ('"', "“")  # _quoted_term needs an opening quotation mark
# A field separator is r"[ \t]*(?::(?!\d)|\.{3,})": its mark is searched (the engine skips to ":" and
# "."), then the blanks before it are taken (a leading [ \t]* made every position a candidate).
_FIELD_MARK = re.compile(r":(?!\d)|\.{3,}")
_SENTENCE_GAP = re.compile(r"[.;][ \t]+\S")
_FIELD_NEG = re.compile(r"^[\s.]*(?:no\b|not\b|none\b|nil\b|absent\b|negative\b|n/?a\b|0\s*(?:/|of)\s*\d|"
                        r"0(?:\.0)?\s*[mc]m\b|free\b|uninvolved\b|unremarkable\b)", re.IGNORECASE)
LONG_FIELD_NAME_CHARS = 200  # how far past a mention a long field name's separator is looked for
_LONG_NAME_BREAK = re.compile(r"[,;\d.]")  # (a dot too: a sentence's end, or "... chemotherapy. Margins: clear")
# A field's answer belongs to its name, the words after the last comma / semicolon before its colon: a finding
# followed by another name ("IDC, grade 2, LVI: absent", "DCIS, necrosis: absent", "IDC, margins: negative") is
# no field name. Still the finding's own name: a postposed word of the finding itself ("Carcinoma, invasive: not
# identified", "Invasive carcinoma, residual: none"), or a finding named inside a longer name, after its
# preposition ("Size of invasive carcinoma, greatest dimension: 0 mm", "Margin status for DCIS, closest: 2 mm").
_FINDING_POSTPOSED = re.compile(
    r"(?:[ \t()/-]*(?:invasive|infiltrating|micro-?invasive|in[ \t]+situ|residual|ductal|duct|lobular|mammary|"
    r"nos|nst|no[ \t]+special[ \t]+type|of[ \t]+the[ \t]+breast|type))*[ \t()/-]*", re.IGNORECASE)
# ... or its size after a comma, answered zero ("Residual invasive carcinoma, size: 0 mm", a post-neoadjuvant form's
# complete response): the finding's own size says none remains; a size that measures something ("size: 12 mm") and
# another field's size after it ("IDC, grade 2, size: 0 mm") name no field of the finding's. The zero is the whole
# answer, up to its line's end (or a bracketed note of the response: "(ypT0)", "(no residual tumour)"): "0 mm
# (macroscopic); microscopic residual foci over 3 mm" or "0 mm macroscopically, 2 mm microscopically" measure a
# carcinoma that remains. The finding may be called residual after its own comma ("Invasive carcinoma, residual,
# size: 0 mm").
_POSTPOSED_SIZE = re.compile(r"[ \t]*(?:size|(?:greatest|largest|maximum)[ \t]+(?:dimension|diameter|extent))[ \t]*",
                             re.IGNORECASE)
# (the blanks before the note and the full stop taken atomically: given back, they could only be the next blanks'
# own, and a long run of blanks before another word would be tried split every way)
_ZERO_SIZE = re.compile(r"[ \t]*0(?:\.0)?[ \t]*[mc]m\b(?>[ \t]*)"
                        r"(?:\([ \t]*(?:ypT0|no[ \t]+residual|(?:pathologic(?:al)?[ \t]+)?complete)[^()\n]{0,60}\)(?>[ \t]*))?"
                        r"\.?[ \t]*(?:\n|\Z)", re.IGNORECASE)
_RESIDUAL_AFTER_COMMA = re.compile(r"[ \t]*,[ \t]*residual[ \t]*", re.IGNORECASE)
_NAMED_INSIDE = re.compile(r"\b(?:of|for|from|in|by|to)[ \t]+(?:(?:the|any|residual)[ \t]+)?$", re.IGNORECASE)
_FIELD_UNC = re.compile(r"^[\s.]*(?:pending|indeterminate|equivocal|suspicious|possible|cannot|not\s+assessed|\?)",
                        re.IGNORECASE)
PHYLLODES_TUMOR = "phyllodes tumor"
# A phyllodes tumour protocol's grade field filled in ("Histologic grade: Borderline"; not a blank choice "[ ] Benign"),
# also by its option ticked on a line below the field ("Histologic Grade:" over "[X] Borderline": the unticked options
# are blanked before this is read, so only blank space stands between)
_PHYLLODES_GRADE_FIELD = re.compile(r"^[ \t]*(?:histologic(?:al)?[ \t]+)?(?:tumou?r[ \t]+)?grade[ \t]*:\s*"
                                    r"(?:(?:" + TICKED_BOX + r")[ \t]*)?"
                                    r"(?:benign|borderline|malignant)\b", re.IGNORECASE | re.MULTILINE)
_FIELD_TITLE = re.compile(
    r"^[\s.]*(?:(?:post-?\s?neoadjuvant|partial|total|core|needle|excisional|therapy)\s+)*(?:resection|biopsy|excision|"
    r"template|checklist)\b|^[^:\n]*\b(?:synoptic|template|checklist)\s*$", re.IGNORECASE)
_MARGIN_NAME = re.compile(r"\b(?:margins?|distance|closest)\b", re.IGNORECASE)
# (a part of the same operation or side: "Breast, cavity shave inferior", "Breast, same side, core", "further excision")
_SAME_SIDE_PART = re.compile(r"\b(?:shaves?|cavity|re-?excision|further\s+(?:excision|tissue)|additional|ipsilateral|"
                             r"same\s+(?:side|breast))\b", re.IGNORECASE)
# ("RE-EXCISION SUMMARY (DCIS)", "TUMOUR SUMMARY - INVASIVE CARCINOMA": a table's name, in _TITLE_LINE)
_SUMMARY_TITLE = (
    r"(?-i:^[^:.,;a-z]{0,40}\b(?:TUMOU?R|MARGINS?|(?:RE-?)?EXCISION|RESECTION|CANCER|SYNOPTIC|PROTOCOL|DATASET)[ \t]+SUMMARY"
    r"(?:[ \t]+[-–][ \t]+[^:.,;a-z]{1,40})?\s*$)")
# ("INVASIVE CARCINOMA OF THE BREAST, POST NEOADJUVANT THERAPY": a protocol named by its setting, in _TITLE_LINE)
_SETTING_TITLE = (
    r"^[^.:]{0,80}\bof\s+the\s+breast[ \t]*[,\-–—][ \t]*(?:post|after|following)[- \t]?neo-?adjuvant"
    r"(?:[ \t]+(?:therapy|treatment|chemotherapy))?\s*$")
_TITLE_LINE = re.compile(
    # ("protocol 26-B-01873", "Protocolo N°": a laboratory's accession number, not a template's name)
    (r"^[^:]*\b(?:template|checklist|protocol(?![ \t]*(?:n[°ºo]|#|\d|number))|synoptic|structured\s+report)\b[^:]*$|"
    r"^[^:.]{0,80}\bresection\s*$|"
    # ("RE-EXCISION SUMMARY (DCIS)", "TUMOUR SUMMARY - INVASIVE CARCINOMA" over a table of fields: the table's name
    # and the tumour type its protocol covers; its fields say what was found)
    # (in capitals, named by a protocol's own word: "Residual DCIS as in the summary" stays a sentence, and "CASE
    # SUMMARY - INVASIVE CARCINOMA", "FINAL SUMMARY - ..." state a diagnosis)
    + _SUMMARY_TITLE + "|"
    # ("BREAST: INVASIVE CARCINOMA - RESECTION, POST NEOADJUVANT THERAPY": the protocol's own name)
    r"^[^.]{0,80}(?:[ \t][-–—]|,)[ \t]*(?:resection|biopsy|excision)"
    r"(?:[ \t]*,[ \t]*(?:post|after|following)[- \t]?neo-?adjuvant(?:[ \t]+(?:therapy|treatment|chemotherapy))?)?\s*$|"
    r"of\s+the\s+breast\s*[:\-]\s*(?:resection|biopsy)|"
    # ("INVASIVE CARCINOMA OF THE BREAST, POST NEOADJUVANT THERAPY": a protocol named by its setting, no procedure)
    + _SETTING_TITLE + "|"
    # ("RESIDUAL DISEASE" alone on its line over a post-treatment form's fields: the section's name; its
    # fields say whether any remains)
    r"^[ \t]*residual[ \t]+(?:disease|tumou?r)[ \t]*$"), re.IGNORECASE,
)
# A field that names the report's title ("Title: INVASIVE CARCINOMA OF THE BREAST, POST NEOADJUVANT THERAPY",
# "Report title: ..."): its value is read as a title line of its own; a value that is no title ("Title: Right breast
# core biopsy: IDC") still labels
_TITLE_LABEL = re.compile(r"[ \t]*(?:(?:report|document|protocol)[ \t]+)?title[ \t]*:[ \t]*", re.IGNORECASE)
# A title field's value is a template title only when it is a protocol's own name (its setting, a summary table's
# name) and names no side: a writer's descriptive title, "Title: Left breast IDC, treated per local protocol",
# "Title: Left breast invasive ductal carcinoma - synoptic report", states the diagnosis and labels
# (a protocol's name with its procedure, "Invasive Carcinoma of the Breast: Resection", "DCIS of the breast - resection",
# is one too; "Left breast ductal carcinoma in situ - resection" names a side and states a diagnosis)
_PROCEDURE_TITLE = (r"^[^.:]{0,80}\bof[ \t]+the[ \t]+breast[ \t]*(?::|[-–—])[ \t]*(?:resection|biopsy|excision)\s*$")
_FIELD_TITLE_VALUE = re.compile(_SETTING_TITLE + "|" + _SUMMARY_TITLE + "|" + _PROCEDURE_TITLE, re.IGNORECASE)
_TITLE_SIDE = re.compile(r"\b(?:left|right|bilateral|lt|rt)\b", re.IGNORECASE)
_PARENTHESES = re.compile(r"\([^)\n]*\)")
_PROCEDURE_PAREN = re.compile(r"\((resection|biopsy|excision|synoptic|template|checklist)\)", re.IGNORECASE)
_RIGHT_COLUMN = re.compile(r"[ \t]{3,}\S.*$")
# "Cascadia Cancer Institute", "Maple River Cancer Registry", a term in quotes ("carcinoma"): names and
# quoted words, not diagnoses
# ("Surgical Pathology - Cancer Summary" is the report's name; "Fairhaven Cancer Pathology Service" a department's;
# "Breast Cancer Conference - Minutes" a meeting's; "cancer pathway", "Cancer Tracker", "cancer waiting times",
# "removed from the cancer PTL" (patient tracking list): the administrative route a referral is tracked on, which
# names the disease it is there to rule in or out, not a diagnosis; "symmetrisation after breast cancer surgery" the
# kind of operation, named after the disease it treats)
# (a name may wrap at its line's end: "National breast cancer\nscreening programme"; a word there that heads a
# field, "Unit:", starts a line of its own)
_NAME_AFTER = re.compile(# (a column gap's next field, "lobular neoplasia    Hospital: St Mary's", is no name)
                         r"(?![ \t]*(?:\t|[ ]{3})[ \t]*[^\W\d_]+(?:[ \t][^\W\d_]+)?[ \t]*:)"
                         r"(?:[ \t]+|[ \t]*\n[ \t]*(?=[a-z]+\b(?![ \t]*:)))"
                         # (a second capitalised subject before the name word: "Cancer & Breast Center", or, after
                         # a capitalised "Cancer" and one space, the service's own word: "Cancer Treatment Centre",
                         # "Cancer Research Institute"; not a column gap's next label: "carcinoma   Referring Clinic";
                         # a letterhead in capitals too: "CANCER & BLOOD INSTITUTE")
                         # (the second subject may be hyphenated: "Familial Breast Cancer & High-Risk Clinic")
                         r"(?-i:(?:&|and|AND)[ \t]+[A-Z](?:[a-z]+|[A-Z]+)(?:-[A-Z](?:[a-z]+|[A-Z]+))?[ \t]+"
                         r"|(?<=Cancer[ \t])[A-Z][a-z]+[ \t])?"
                         # (a title-case "Cancer" before a rehabilitation service's word is that service: "Cancer
                         # Prehab Team", "Cancer Prehab & Rehab", "Cancer Rehabilitation"; "cancer; prehab advised"
                         # is no name)
                         r"(?:(?-i:(?<=Cancer[ \t])(?:Pre|Re)hab(?:ilitation)?\b)|"
                         r"(?:institute|centre|center|registry|registries|hospital|society|alliance|case\s+summary|"
                         r"summary(?![ \t]*:)|(?:pathology[ \t]+)?services?|unit|trust|"
                         r"program(?:me)?|network|foundation|clinic|agency|council|screening|care|conference|"
                         # (also the cancer patient pathway a referral is made and closed on, "CLOSURE OF THE CANCER
                         # PATIENT PATHWAY")
                         r"(?:patient[ \t]+)?pathways?|tracker|tracking\s+list|ptl|waiting\s+times?|(?<=cancer[ \t])surgery|"
                         # (the team a case is referred to or discharged from, named after the disease it treats:
                         # "Sarcoma MDT ref:", "discharge from sarcoma MDT", "breast cancer multidisciplinary team",
                         # "sarcoma pathologist to review"; a field's name after it, "Sarcoma MDT:", still names it)
                         r"(?:(?<=\bsarcoma[ \t])|(?<=\bcancer[ \t]))(?:mdt|mdm|multidisciplinary|team|pathologists?)))\b",
                         re.IGNORECASE)
# A department's name of two subjects, each one or more capitalised words, at the start of its line (a letterhead):
# "Kilbride Sarcoma & Breast Radiotherapy Service", "Sarcoma and Melanoma Surgical Oncology Unit", "Regional Sarcoma
# and Bone Tumour Service"; the second subject's words single-spaced and ending at a department's word that heads no
# field and numbers nothing. Within a diagnosis line the same words are findings: "Left breast: Invasive Carcinoma and
# Paget Disease Unit review advised", "... and Extensive DCIS Unit: B4", "ANGIOSARCOMA AND RADIATION ATYPIA UNIT 4"
# (only the name's own words before the term, _starts_a_name_line)
_LINE_NAME_AFTER = re.compile(r"(?-i:[ \t]+(?:&|and|AND)[ \t]+[A-Z](?:[a-z]+|[A-Z]+) (?:[A-Z](?:[a-z]+|[A-Z]+) ){1,2})"
                              r"(?:services?|unit|clinic|centre|center|institute|department)\b(?![ \t]*[:\d])",
                              re.IGNORECASE)
_NAME_LINE_LEAD = re.compile(r"[ \t]*(?:[A-Z][A-Za-z'’-]*[ \t])*")
# A hospital's name whose second subject is possessive ("Brookhaven Cancer & Women's Hospital", "St Luke's Cancer and
# Children's Hospital", "Mercy Cancer & Women's Health Centre"): only a name written in title case, its "Cancer" after
# a capitalised word of the name or at its line's start and every word after it capitalised; in capitals or after a
# lower-case word it is a finding's line going on ("INVASIVE CANCER AND WOMEN'S UNIT REVIEW ADVISED", "residual
# Cancer and Children's Hospital referral")
_POSSESSIVE_NAME_AFTER = re.compile(r"[ \t]+(?:&|and)[ \t]+[A-Z][a-z]+['’]s[ \t]+(?:[A-Z][a-z]+[ \t]+)?"
                                    r"(?:Hospital|Centre|Center|Institute|Services?|Unit|Clinic|Trust|Foundation)\b")
_TITLE_CASE_CANCER = re.compile(r"(?:^|(?<![\w'’.-])[A-Z][\w'’.-]*[ \t]+)Cancer\Z", re.MULTILINE)


def _starts_a_name_line(norm: str, start: int) -> bool:
    """True when only capitalised words stand before ``start`` on its line (a letterhead's name)."""
    return _NAME_LINE_LEAD.fullmatch(norm, norm.rfind("\n", 0, start) + 1, start) is not None


def _names_a_department(norm: str, start: int, end: int) -> bool:
    """True when the term at ``start``-``end`` of ``norm`` is part of a department's or a programme's name."""
    return _NAME_AFTER.match(norm, end) is not None or (
        _LINE_NAME_AFTER.match(norm, end) is not None and _starts_a_name_line(norm, start)) or (
        _POSSESSIVE_NAME_AFTER.match(norm, end) is not None
        and _TITLE_CASE_CANCER.search(norm, max(0, end - 60), end) is not None)


# A person's title before their name ("Dr Okafor", "Prof. A. Lund")
_PERSON_TITLE = "(?:" + "|".join(PERSON_TITLES) + ")"
# A clinician's specialty or team in brackets after their name ("Dr Ines Harrow (Sarcoma & Breast)", "Mr K. Obi
# (Breast / Plastics)"): the service they belong to, not a diagnosis (the bracket holds capitalised words only: a
# lower-case bracket after a name is their finding, "reviewed by Dr Lund (invasive lobular carcinoma)")
_SPECIALTY_BEFORE = re.compile(r"\b" + _PERSON_TITLE + r"\.?[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,3}"
                               r"\((?:[A-Z][a-z]+[ \t]*(?:[&/,]|and)?[ \t]*)*$")
_SPECIALTY_TERM = re.compile(r"[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)*")  # (the term itself capitalised so)
_SPECIALTY_AFTER = re.compile(r"(?:[ \t]*(?:[&/,]|and)?[ \t]*[A-Z][a-z]+)*[ \t]*\)")
# A German-speaking physician's specialist title: "FA für Klinische Pathologie" (Facharzt / Fachärztin für, specialist
# in), never a fibroadenoma
_SPECIALIST_TITLE = re.compile(r"(?-i:FA)[ \t]+f(?:ü|ue)r[ \t]+\w", re.IGNORECASE)
# A coder's Clinical Documentation Integrity programme, named by two signals: "CDI" opening a line (a title, a heading, a
# staff field) before its query's or its staff's word and then the line's end, a colon, a dash, a bracket or a title
# word ("CDI PHYSICIAN QUERY", "CDI - PHYSICIAN QUERY", "CDI Specialists: A. Lee", "CDI Specialist Worksheet"); or in
# brackets after its name spelled out ("Clinical Documentation Integrity (CDI)", "[CDI]"). Inside a diagnosis line
# "query" is the hedge "possibly" ("Mama izquierda, BAG: CDI query componente lobulillar, grado 2": the Spanish /
# Portuguese abbreviation of an invasive ductal carcinoma)
# (also its staff's fields "CDI Reviewer:", "CDI Nurse Specialist:" and a query's number "CDI query #4411", "CDI query
# 2025-113"; its name spelled out with its staff's word, "Clinical Documentation Integrity Specialist (CDI)"; the
# query's sender "Query from CDI:")
_CDI_PROGRAMME_AFTER = re.compile(r"[ \t]*(?:[-\u2013][ \t]*)?(?:(?:physician|provider|clinician|documentation)[ \t]+)?"
                                  r"(?:quer(?:y|ies)|worksheets?|(?:nurse[ \t]+)?specialists?|reviewers?)\b"
                                  r"(?=[ \t]*(?:$|[:(\-\u2013])|[ \t]+(?-i:[A-Z])|[ \t]+(?:#[ \t]*\d|\d{4}))",
                                  re.IGNORECASE | re.MULTILINE)
_CDI_PROGRAMME_BEFORE = re.compile(r"\bdocumentation[ \t]+(?:integrity|improvement)(?:[ \t]+(?:specialist|nurse|reviewer|"
                                   r"program(?:me)?)s?)?[ \t]*[(\[][ \t]*$|^[ \t]*quer(?:y|ies)[ \t]+from[ \t]+$",
                                   re.IGNORECASE | re.MULTILINE)
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t]*$")
# ... but a line that opens with "CDI" is a translated diagnosis, never the programme's title, when it goes on with a
# tumour's grade, type or size ("CDI query Grado 2 (Nottingham).", "CDI query Lobulillar, grado 2, 18 mm") or stands
# under a specimen's or diagnosis's header that ends the line before it ("Mama izquierda, BAG:\nCDI query (probable)")
_CDI_TUMOUR_WORDS = re.compile(r"\b(?:grad[eo]|grau|nottingham|lobul(?:ar|illar)|ductal|\d+(?:[.,]\d+)?[ \t]*mm\b)",
                               re.IGNORECASE)
_HEADER_LINE_BEFORE = re.compile(r":[ \t]*\n[ \t]*$")


def _cdi_line_is_diagnosis(norm: str, start: int, end: int) -> bool:
    """The line that opens with the "CDI" at ``start:end`` reads as a diagnosis: tumour words on it, or a header's
    colon closing the line above it."""
    line_end = norm.find("\n", end)
    if _CDI_TUMOUR_WORDS.search(norm, end, len(norm) if line_end < 0 else line_end) is not None:
        return True
    return _HEADER_LINE_BEFORE.search(norm, max(0, start - 20), start) is not None


def _names_cdi_programme(norm: str, start: int, end: int) -> bool:
    """The mention at ``start:end`` is the abbreviation "CDI" naming a documentation-integrity programme."""
    if norm[start:end] != "CDI":
        return False
    if _CDI_PROGRAMME_BEFORE.search(norm, max(0, start - 60), start) is not None:
        return True
    return (_LINE_OPENING.search(norm, max(0, start - 20), start) is not None
            and _CDI_PROGRAMME_AFTER.match(norm, end) is not None
            and not _cdi_line_is_diagnosis(norm, start, end))


# A term behind "anti-" names what a treatment acts against ("SYSTEMIC ANTI-CANCER THERAPY (SACT) PRESCRIPTION",
# "anticancer drugs", "anti-tumour agent"), never a diagnosis
_AGAINST_PREFIX = re.compile(r"(?<![A-Za-z])anti[- ]?$", re.IGNORECASE)
# A cancer named as what runs in a family ("HEREDITARY CANCER GERMLINE PANEL REQUISITION", "Inherited breast and
# ovarian cancer panel", "familial breast cancer clinic") is the predisposition a test or service is about, never a
# diagnosis (the word stands straight before the noun "cancer", with only the organs named between, and a test's,
# service's or risk's word follows it: "hereditary DCIS, intermediate grade", "familial carcinoma, invasive NST" and a
# diagnosis line's "Hereditary breast cancer." are diagnoses)
_HEREDITARY_BEFORE = re.compile(r"\b(?:hereditary|inherited|heritable|familial)[ \t]+"
                                r"(?:(?:breast|ovarian|ovary|and|&|/|,)[ \t]*){0,4}$", re.IGNORECASE)
_PREDISPOSITION_AFTER = re.compile(r"[ \t]+(?:(?:germline|genetic|gene|susceptibility|predisposition|risk)[ \t]+)?"
                                   r"(?:panel|clinic|service|syndrome|requisition|genes?|test(?:ing)?|risk|"
                                   r"predisposition|susceptibility|screening|programme|program|genetics|team|unit|"
                                   r"referral|assessment|counsel+ing|history|family|families|registry|carrier)\b",
                                   re.IGNORECASE)


def _names_predisposition(norm: str, start: int, end: int) -> bool:
    """The term ``norm[start:end]`` is a hereditary cancer a test, service or risk is about (_HEREDITARY_BEFORE)."""
    return (norm[start:end].lower() == "cancer" and _HEREDITARY_BEFORE.search(norm, max(0, start - 60), start) is not None
            and _PREDISPOSITION_AFTER.match(norm, end) is not None)
_HEREDITARY_WORDS = ("heredit", "inherit", "heritab", "familial")
# A workers' compensation scheme presumes some cancers occupational (a firefighter's "presumptive cancer"): the scheme's
# category, named in a claim's title, a request line or an opinion ("INDEPENDENT MEDICAL EXAMINATION - PRESUMPTIVE
# CANCER", "the presumption for breast cancer is not engaged", "Breast cancer is a specified presumptive disease"), is
# how the scheme files the disease, no diagnosis of it (rule 4: a scheme's filing). Only the generic word "cancer" and
# only beside the presumption's own word: "presumed / presumptive diagnosis of invasive carcinoma" stays a reading of
# the specimen (a hedge or a diagnosis as the context says)
_PRESUMPTION_BEFORE = re.compile(r"\bpresumpti(?:ve|on)\s+(?:(?:for|of)\s+(?:an?\s+)?)?$", re.IGNORECASE)
_PRESUMPTIVE_AFTER = re.compile(r"\s+(?:is|are|was|were)\s+(?:not\s+)?(?:an?\s+)?"
                                r"(?:(?:specified|listed|scheduled|prescribed|designated)\s+)?presumptive\s+"
                                r"(?:diseases?|cancers?|conditions?)\b", re.IGNORECASE)
_PRESUMPTION_WORDS = ("presumpti",)
_CANCER_TERM = re.compile(r"(?:breast\s+)?cancers?", re.IGNORECASE)
# ... only with the scheme named in the same sentence: "presumptive" alone is also a pathologist's provisional reading
# ("Interpretation: presumptive cancer; core biopsy advised"), and a claim, a firefighter or a workers' compensation
# elsewhere in the report does not make it the scheme's; the sentence must name its presumption, a presumptive disease
# or condition, a presumptive cancer's claim, list, provision or review ("REQUEST: Presumptive Cancer Review"), a
# claim's type ("Claim type: Presumptive cancer - breast") or an independent examination's title (_SCHEME_IN_SENTENCE)
# (the presumption's word itself only as the scheme's: over the cancer it names, "the presumption for breast cancer
# does not apply", or beside a scheme's word, "the statutory presumption", "presumption under the Act"; not a
# pathologist's "presumption to be confirmed on permanent sections")
_SCHEME_IN_SENTENCE = re.compile(
    r"\bpresumption\s+(?:for|of)\s+(?:an?\s+)?(?:breast\s+)?cancer|\b(?:statutory|legislative|rebuttable|firefighters?"
    r"['’]?s?|compensation|act['’]?s?|claim['’]?s?|list(?:ed)?)\s+presumption\b|\bpresumption\s+(?:under|in|of|from)\s+"
    r"(?:the\s+)?(?:[\w'’]+\s+){0,3}?(?:act|legislation|scheme|list|claims?|compensation|statute)\b|\bpresumptive\s+(?:diseases?|conditions?|occupational\b)|\bpresumptive[\s-]+(?:breast\s+)?"
    r"cancers?[\s-]+(?:review|section|claims?|unit|program(?:me)?|provisions?|policy|lists?|legislation)\b|"
    r"\bindependent\s+medical\s+exam|\bclaim\s+(?:type|category)\b", re.IGNORECASE)
# ... and never after a diagnosis's own label or a specimen on its line: a specimen's ("Left breast, core: presumptive
# breast cancer.", "(A) Left breast, FNA: ...", "FNA left breast: ...") or a reading's field ("DIAGNOSIS:",
# "Interpretation:", "IMPRESSION:", "Cytology quoted:"): there it is the reading itself
_DIAGNOSIS_LINE = re.compile(r"[^\n]*?(?:\b(?:diagnos[ie]s|interpretation|impression|cytology|fna"
                             r"|aspirat\w*)\b[^:\n]{0,40}:|" + SPECIMEN_SIDE + SPECIMEN_LABEL_END + r")", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?](?=\s)|\n")


def _names_presumptive_category(norm: str, start: int, end: int) -> bool:
    """The term ``norm[start:end]`` is a compensation scheme's presumptive cancer (_PRESUMPTION_BEFORE /
    _PRESUMPTIVE_AFTER), its scheme named in its sentence (_SCHEME_IN_SENTENCE) and no diagnosis label or specimen
    before it on its line (_DIAGNOSIS_LINE): the scheme's category, not a diagnosis."""
    if _CANCER_TERM.fullmatch(norm, start, end) is None or (
            _PRESUMPTION_BEFORE.search(norm, max(0, start - 40), start) is None
            and _PRESUMPTIVE_AFTER.match(norm, end) is None):
        return False
    line_start = norm.rfind("\n", 0, start) + 1
    if _DIAGNOSIS_LINE.match(norm, line_start, start) is not None:
        return False
    sentence_start = max([line_start, *(m.end() for m in _SENTENCE_END.finditer(norm, line_start, start))])
    after = _SENTENCE_END.search(norm, end)
    return _SCHEME_IN_SENTENCE.search(norm, sentence_start, after.start() if after else len(norm)) is not None
# A benefit scheme files an application under a numbered category named by its disease (a catastrophic illness
# certificate's "Category 1: cancer", "Category 1 (cancer), new application"): the scheme's category, no diagnosis (the
# application's own pathology decides). Only the generic word, straight after the category's number and its colon or
# opening bracket ("Category 1 (cancer)"; a diagnosis after a category's name, "Category: invasive carcinoma", stays one)
_SCHEME_CATEGORY_BEFORE = re.compile(r"\bcategory[ \t]+(?:\d{1,2}|[IVX]{1,4})[ \t]*(?::|\()[ \t]*$", re.IGNORECASE)
_SCHEME_CATEGORY_WORDS = ("category", "neoplasms")
# ... and so does a free-medicines schedule's numbered entry, named by its class of disease in the plural with the
# entry's number beside it on its line ("Schedule V No. 12 - Malignant neoplasms", "Neoplażmi malinni - Nru 12
# [Malignant neoplasms - No. 12]", "[Malignant neoplasms] (Nru 12)"): the list's heading, no diagnosis. Only the plural
# class word and an entry number ("No." with its stop, "Nr.", "Nru", "Item", "Entry", Italian "codice"), before it after
# a dash or a colon or in brackets straight before it, or after it after a dash, a comma or in brackets; a singular
# "Malignant neoplasm - No. 12" or a line without the number ("Condition: malignant neoplasms of both breasts") stays
# read. Only on a schedule's form: a schedule or entitlement word on the term's line or the line above it
# (_SCHEME_ENTRY_FORM; the Maltese entry's own name "Neoplażmi malinni" is one), so a report's numbered specimen, case,
# bed or synoptic item ("Specimen No. 2 - Left breast, two malignant neoplasms", "Item 3 - Malignant neoplasms
# identified: 2", "Case No. 12 - Malignant neoplasms of the left breast") stays read; and never the number of a
# specimen, case, bed, block, slide, part or pass (_SCHEME_ENTRY_NOT_ENTRY), nor an entry that names a side, a count,
# a specimen or a finding's presence with its class (_SCHEME_ENTRY_FINDING: a schedule's entry is the bare class name)
_SCHEME_ENTRY_TERM = re.compile(r"malignant(?:\s+neoplasms)?", re.IGNORECASE)  # (the lexicon reads "malignant" alone)
_SCHEME_ENTRY_CLASS = re.compile(r"[ \t]+neoplasms\b", re.IGNORECASE)
_SCHEME_ENTRY_NUMBER = r"(?:[Nn]o\.|[Nn]r\.|[Nn]ru\.?|[Ii]tem|[Ee]ntry|[Cc]odice)[ \t]?\d{1,3}\b"
_SCHEME_ENTRY_BEFORE = re.compile(
    r"\b(?P<n>" + _SCHEME_ENTRY_NUMBER + r")(?:[ \t]*[-\u2013\u2014:][^\n.;:]{0,40}|\)[ \t]*)$")
_SCHEME_ENTRY_AFTER = re.compile(r"\]?[ \t]*(?:[-\u2013\u2014,][ \t]*|\()" + _SCHEME_ENTRY_NUMBER)
_SCHEME_ENTRY_FORM = re.compile(r"\b(?:schedule|iskeda|entitlement|free[ \t]+medicines|exemption|esenzione|"
                                r"refundacj|reimbursement|neopla[żz]mi[ \t]+malinni)", re.IGNORECASE)
_SCHEME_ENTRY_NOT_ENTRY = re.compile(r"\b(?:specimen|case|bed|block|slide|part|pass)[ \t]*\(?$", re.IGNORECASE)
_SCHEME_ENTRY_FINDING = re.compile(
    r"\b(?:left|right|both|bilateral|two|three|four|multiple|several|synchronous|identified|present|seen|excision|"
    r"mastectomy|biopsy|core|specimen|\d+[ \t]*mm)\b", re.IGNORECASE)
_SCHEME_ENTRY_CLAUSE = re.compile(r"[^\n.;,(\[\]]{0,40}")  # (the rest of the term's clause, up to a bracket)
SCHEME_ENTRY_LEAD_CHARS = 60  # how far before the term, on its line, the entry's number is looked for
SCHEME_ENTRY_NOUN_CHARS = 12  # "specimen (" and its blanks right before the number (_SCHEME_ENTRY_NOT_ENTRY)
# how far around the term the schedule's word is looked for (on the term's line and the line above it): a search to
# the line's start per mention would, in a one-line export, be one back to the text's start
SCHEME_FORM_BEFORE_CHARS = 240
SCHEME_FORM_AFTER_CHARS = 120


def _names_schedule_entry(norm: str, start: int, end: int) -> bool:
    """The plural class word ``norm[start:end]`` (its "neoplasms" ending at ``end``) names a schedule's numbered entry
    on a schedule's form (_SCHEME_ENTRY_FORM)."""
    before = _SCHEME_ENTRY_BEFORE.search(norm, _line_start_within(norm, start, SCHEME_ENTRY_LEAD_CHARS), start)
    if before is not None:
        number = before
        if _SCHEME_ENTRY_FINDING.search(norm, before.end("n"), start) is not None:
            return False  # ("Specimen Nr. 3 - left breast wide excision with two malignant neoplasms")
    else:
        number = _SCHEME_ENTRY_AFTER.match(norm, end)
        if number is None:
            return False
    if _SCHEME_ENTRY_NOT_ENTRY.search(norm, max(0, number.start() - SCHEME_ENTRY_NOUN_CHARS), number.start()) is not None:
        return False
    if _SCHEME_ENTRY_FINDING.search(norm, end, _SCHEME_ENTRY_CLAUSE.match(norm, end).end()) is not None:
        return False
    reach_start = max(0, start - SCHEME_FORM_BEFORE_CHARS)
    line_start = _line_start_within(norm, start, SCHEME_FORM_BEFORE_CHARS)
    above = (_line_start_within(norm, line_start - 1, line_start - 1 - reach_start) if line_start > reach_start
             else reach_start)  # (where the line above the term's starts, or the reach's start)
    line_end = norm.find("\n", end, end + SCHEME_FORM_AFTER_CHARS)
    return _SCHEME_ENTRY_FORM.search(norm, above, line_end if line_end >= 0 else end + SCHEME_FORM_AFTER_CHARS) is not None


def _names_scheme_category(norm: str, start: int, end: int) -> bool:
    """The term ``norm[start:end]`` is the generic cancer naming a scheme's numbered category (_SCHEME_CATEGORY_BEFORE)
    or a schedule's numbered entry (_SCHEME_ENTRY_TERM, _names_schedule_entry)."""
    if _SCHEME_ENTRY_TERM.fullmatch(norm, start, end) is not None:
        if not norm[start:end].lower().endswith("neoplasms"):
            plural = _SCHEME_ENTRY_CLASS.match(norm, end)
            if plural is None:
                return False
            end = plural.end()
        return _names_schedule_entry(norm, start, end)
    return (_CANCER_TERM.fullmatch(norm, start, end) is not None
            and _SCHEME_CATEGORY_BEFORE.search(norm, max(0, start - 24), start) is not None)


# A re-excision's distance to the earlier excision's site ("DCIS 3 mm from previous excision site margin", "2 mm to
# the prior excision site") uses the site as a landmark: no biopsy-site change is reported there
_EXCISION_SITE_TERM = re.compile(r"(?:previous|prior)\s+excision\s+site", re.IGNORECASE)
_LANDMARK_BEFORE = re.compile(r"\b(?:from|to)\s+(?:the\s+)?$", re.IGNORECASE)
# ... also with a distance or a landmark's wording before it in its clause ("DCIS 2 mm from the edge of the previous
# excision site", "within 1 mm of the prior excision site", "5 mm from the inked previous excision site"), any
# distance or a direction from it ("DCIS lying 3 mm beyond the previous excision site", "extends past", "abutting")
_LANDMARK_IN_CLAUSE = re.compile(r"\d\s*(?:mm|cm)\b|\bwithin\b|\bedge\s+of\b|\binked\b"
                                 r"|\b(?:beyond|past|abutting|away\s+from|deep\s+to|adjacent\s+to)\b", re.IGNORECASE)
# (the clause: from the last comma, semicolon, colon, line end or full stop before the term; a line end after an
# article, a preposition or a landmark's word is a soft wrap inside the phrase, no break: "within 2 mm of the\nprevious
# excision site", "abutting the\nprior excision site"; and a clause of such words alone after a comma, "..., the" /
# "..., of the", goes on with the phrase an aside between commas broke: "adjacent to, but not within, the previous
# excision site", "within 1 mm, at the deep aspect, of the previous excision site")
_LANDMARK_CLAUSE_BREAK = re.compile(r"[,;:\n]|\.(?=\s)")
_PHRASE_WORDS = r"(?:the|a|an|of|to|from|within|at|by|in|into|on|onto|near|beyond|past|abutting|towards?|and|or|but)"
_SOFT_WRAP_BEFORE = re.compile(r"\b" + _PHRASE_WORDS + r"[ \t]*$", re.IGNORECASE)
_PHRASE_WORDS_ONLY = re.compile(r"(?:\s*\b" + _PHRASE_WORDS + r"\b)*\s*$", re.IGNORECASE)
# (never over ", and the" / ", or the": a coordination opens a new clause, whose site no measure before the comma
# reaches: "Closest margin 5 mm, and the\nprevious excision site shows fat necrosis", review pfinal10)
_COORDINATION_START = re.compile(r"\s*(?:and|or)\b", re.IGNORECASE)
_LANDMARK_AFTER = re.compile(r"\s+margins?\b", re.IGNORECASE)
_EXCISION_SITE_WORDS = ("excision site",)


def _names_excision_landmark(norm: str, start: int, end: int) -> bool:
    """The term ``norm[start:end]`` is a previous excision site named as a distance's landmark, no finding."""
    if _EXCISION_SITE_TERM.fullmatch(norm, start, end) is None:
        return False
    if _LANDMARK_BEFORE.search(norm, max(0, start - 10), start) is not None or _LANDMARK_AFTER.match(norm, end):
        return True
    window = max(0, start - 60)
    breaks = [window, *(m.end() for m in _LANDMARK_CLAUSE_BREAK.finditer(norm, window, start)
                        if m.group() != "\n" or _SOFT_WRAP_BEFORE.search(norm, max(0, m.start() - 12), m.start()) is None)]
    clause_start = breaks[-1]
    if len(breaks) > 1 and norm[clause_start - 1] == "," and _PHRASE_WORDS_ONLY.match(norm, clause_start, start) and (
            _COORDINATION_START.match(norm, clause_start) is None):
        clause_start = breaks[max(0, len(breaks) - 3)]  # (over the aside to the phrase it broke)
    return _LANDMARK_IN_CLAUSE.search(norm, clause_start, start) is not None
_PERSON_TITLE_WORDS = tuple(title.lower() for title in PERSON_TITLES)  # (the prescan's words)
# ... and the bracket joins the term to a service's word ("& Breast", "/ Plastics"): a bracket holding a capitalised
# diagnosis alone ("Dr A. Lund (Ductal Carcinoma In Situ)", "Dr Smith (Malignant)") is the finding they gave
_SERVICE_JOINED = re.compile(r"(?:[&/,]|\band\b)[ \t]*(?:breast|plastics?|surgery|surgical|oncology|radiology|"
                             r"radiotherapy|pathology|endocrine|general|reconstructive|sarcoma|team|unit|service|clinic)\b",
                             re.IGNORECASE)


# A clinician's or a service's experience in an entity ("Surgeon with experience in phyllodes tumours not available
# locally", "a breast team experienced in managing DCIS", "a unit with expertise in phyllodes surgery"): what they are
# skilled in, no diagnosis. Only with the clinician or the service named before it in its clause (a patient's "her
# experience with breast cancer" stays hers, and labels as the context says), the entity straight after the
# preposition (at most the managing words between: "experience in the management of phyllodes tumours"; the British
# "a surgeon with experience of phyllodes tumours" too; "a haematopathologist with expertise in lymphoma", "the sarcoma
# service, which specialises in angiosarcoma")
_EXPERTISE_BEFORE = re.compile(
    r"\b(?:surgeons?|(?:haemato|hemato|histo|cyto)?pathologists?|oncologists?|radiologists?|clinicians?|specialists?|"
    r"doctors?|physicians?|teams?|units?|cent(?:re|er)s?|services?)\b[^.;:\n]{0,40}?\b(?:experience[ds]?|expertise|"
    r"speciali[sz](?:ed|ing|es))[ \t]+(?:in|with|(?<=experience[ \t])of)[ \t]+"
    r"(?:(?:the|managing|treating|operating|management|treatment|surgery|surgical|of|on|rare|breast)[ \t]+){0,4}$",
    re.IGNORECASE)
_EXPERTISE_WORDS = ("experience", "expertise", "speciali")
EXPERTISE_LEAD_CHARS = 120  # how far before the term the clinician and the experience word are read


def _names_a_service(norm: str, start: int, end: int) -> bool:
    """The bracket around ``norm[start:end]`` joins it to a service's word, before or after it."""
    opened = norm.rfind("(", max(0, start - 40), start)
    closed = norm.find(")", end, end + 80)
    return (_SERVICE_JOINED.search(norm, opened, start) is not None
            or closed >= 0 and _SERVICE_JOINED.search(norm, end, closed) is not None)
_TEMPLATE_FIELD = re.compile(r"\b(?:template|protocol|checklist|form|synoptic(?:\s+report)?)(?:\s+(?:name|version|used))?"
                             r"\s*(?P<colon>:)[^:\n]{0,30}$",
                             re.IGNORECASE)
# ... but a request form named as the paper a detail is missing from closes a specimen header: "Breast mass, laterality
# not recorded on the request form: invasive duct carcinoma" is a diagnosis (a diagnosis "on the request form:", a
# clinical or provisional one copied from it, stays the form's)
_MISSING_FROM_FORM = re.compile(r"\b(?:not|un)[ \t]*(?:recorded|stated|given|specified|indicated|documented|provided|"
                                r"known)[ \t]+(?:on|in)[ \t]+(?:the[ \t]+)?(?:request|requisition)[ \t]+form[ \t]*:$",
                                re.IGNORECASE)
_TEMPLATE_WORDS = ("template", "protocol", "checklist", "form", "synoptic")


def _is_template_field(norm: str, start: int) -> bool:
    """The term at ``start`` fills a template's or form's field (_TEMPLATE_FIELD), not a header naming the request
    form a detail is missing from (_MISSING_FROM_FORM)."""
    field = _TEMPLATE_FIELD.search(norm, max(0, start - 40), start)
    return field is not None and not _MISSING_FROM_FORM.search(norm, max(0, field.end("colon") - 60), field.end("colon"))
# A checklist with yes / no tick-box columns ("INCLUSION CRITERIA      YES   NO") states criteria in its rows, not
# diagnoses: "Histologically confirmed invasive carcinoma      [X]   [ ]" (the reading copy keeps only the ticked box).
_YES_NO_COLUMNS = re.compile(r"[ \t]{2,}(?:YES|Yes|Y)[ \t]+(?:NO|No|N)[ \t]*$", re.MULTILINE)
_TICKED_CELL = re.compile(r"[^\n]*?[ \t]{2,}\[[xX✓✔]\]")
# A trial's name field names the population it enrols ("Trial: ... - HER2-positive early breast cancer"), no diagnosis
_TRIAL_FIELD = re.compile(r"[ \t]*(?:trial|protocol|study)(?:[ \t]+(?:title|name))?[ \t]*:", re.IGNORECASE)
_TRIAL_WORDS = ("trial", "protocol", "study")
# ... and so does a trial form's title in the document's head, the trial named by its population or question
# ("CENTRAL HISTOPATHOLOGY REVIEW - DCIS RADIOTHERAPY OMISSION TRIAL"): a capitalised "Trial" / "Study" ends the line
# (a sentence's "DCIS, offered entry to the radiotherapy trial" stays a diagnosis)
_TRIAL_TITLE_AFTER = re.compile(r"[^\n.:;]{0,60}\b(?-i:TRIAL|STUDY|Trial|Study)[ \t]*$", re.IGNORECASE | re.MULTILINE)
_TICK_BOX_WORDS = ("[x]",)
# An order's ICD-10 title ("Dx: Malignant neoplasm of upper-inner quadrant of right female breast ... (CMS/HCC)"):
# the indication a chart printout carries, never the pathologist's words
# (ICD titles say "of left female breast", never "of the": a pathologist's "of the left male breast" stays a diagnosis)
_ICD_TITLE = re.compile(r"[^.\n]{0,80}\bof\s+(?:right|left|unspecified)\s+(?:female|male)\s+breast\b"
                        r"|[^\n]{0,120}\((?:CMS/)?HCC\)", re.IGNORECASE)
# ... or followed by its code: "Secondary malignant neoplasm of axillary lymph nodes (C77.3)" (with its decimal
# point: a block label after a diagnosis, "carcinoma, grade 2 (A12)", is no code)
_ICD_CODED_TITLE = re.compile(r"[^.;\n]{0,80}\([A-Z]\d\d\.\d{1,4}\)")
_ICD_CODE = re.compile(r"\([A-Z]\d\d\.\d{1,4}\)")  # (a report without one is spared _ICD_CODED_TITLE)
_ICD_TITLE_WORDS = ("female", "male", "hcc")
# A billing code's title: a line led by an ICD-10-CM code (its rank before it: "PDX", "02") or a CPT code (its side
# modifier after it), "Z15.01  Genetic susceptibility to malignant neoplasm of breast", "19120-LT  Excision of cyst,
# fibroadenoma, or other benign or malignant tumor", or a code's title in brackets after it ("lists C50.911
# (malignant neoplasm)") or straight after it in a line ("ICD-10: C50.2 Malignant neoplasm of ...", its capitalised
# first word may lead: "C77.3 Secondary malignant neoplasm"): the code book's words, not a diagnosis of this patient
_ICD10CM_CODE = r"[A-TV-Z]\d{2}\.[0-9A-Z]{1,4}"  # "C50.911", "Z15.01"
_CPT_CODE = r"\d{5}(?:-[A-Z0-9]{2})?"  # "19120-LT"
_CODE_LINE = re.compile(r"[ \t]*(?:(?:PDX|SDX|\d{1,2})[ \t]+)?"
                        r"(?:" + _ICD10CM_CODE + r"[ \t]+|" + _CPT_CODE + r"[ \t]{2,})[^\n.]*$")
_CODE_BRACKET = re.compile(r"\b" + _ICD10CM_CODE + r"(?:[ \t]*\(|[ \t]+(?:[A-Z][a-z]+[ \t]+)?)$")
# (a report with neither an ICD-10-CM code nor a CPT code before a column gap is spared both)
# The same matches as r"\b" + _ICD10CM_CODE + r"|\b" + _CPT_CODE + r"[ \t]{2}", written to open on the code's first
# character (a letter, or a digit) with the word boundary looked behind at after it: the engine then skips to such
# characters instead of trying the boundary at every position of the report.
_BILLING_CODE = re.compile(r"[A-TV-Z\d](?<!\w.)"
                           r"(?:(?<=[A-TV-Z])\d{2}\.[0-9A-Z]{1,4}"  # _ICD10CM_CODE after its letter
                           r"|(?<=\d)\d{4}(?:-[A-Z0-9]{2})?[ \t]{2})")  # _CPT_CODE after its first digit
# A form's title naming what it covers, in the document's first lines ("CRITICAL ILLNESS CLAIM FORM (CANCER)",
# "Doctor's Report - Cancer and Carcinoma in situ"): the form's name, not a diagnosis (a colon after the word
# leads a field instead: "Final report: invasive carcinoma" stays a diagnosis; a report is a form's only when it is
# someone's, "Medical Practitioner's Report": "Core biopsy report - invasive carcinoma" stays a diagnosis; a request
# form is a form when named after the service it asks of: "RADIOTHERAPY PLANNING REQUEST - BREAST / SARCOMA";
# "Receptor request - invasive lobular carcinoma" asks a test of a diagnosis and keeps it)
# (a registry's or a breast centre's documentation sheet, its German name too, and a cancer patient pathway's letter
# name the disease they record or track the same way: "[Registration sheet, breast cancer - pathology notification]",
# "DOKUMENTATIONSBOGEN - ...", "[DISCHARGE LETTER AND CLOSURE OF THE CANCER PATIENT PATHWAY - BREAST CANCER]"; only a
# sheet's name takes a comma before it)
_FORM_TITLE = re.compile(r"\b(?:form|claim|statement|(?:planning|referral|consult(?:ation)?|treatment|service)[ \t]+request|"
                         r"(?:['’]s|medical)[ \t]+report|pathway|(?:registration|documentation|notification)[ \t]+sheet|"
                         r"(?:dokumentations|erfassungs|melde)bogen)"
                         r"(?:[ \t]*\(|[ \t]+[-\u2013][ \t]+|(?<=sheet),[ \t]+)[^\n.:;]{0,30}$", re.IGNORECASE)
# ... and a record-keeping sheet's title that the generic disease opens, the sheet's kind after it to the line's end
# ("BREAST CANCER DATA COLLECTION FORM - PATHOLOGY", "Breast Cancer Registration Sheet"): the term alone on its line
# before those words (a colon after them leads a field: "Breast cancer data form: invasive carcinoma" stays a
# diagnosis). A pathologist's reporting form or dataset titled by the lesion it reports ("DCIS REPORTING FORM - LEFT
# BREAST", "Invasive ductal carcinoma dataset form") is no such sheet, nor one whose tail after the dash names a side
# or a specimen ("- RIGHT BREAST EXCISION"); the tail may end in a version tag ("- Pathology v2.1"), or the tag stand
# alone after the sheet's kind ("Breast Cancer Data Collection Form v2")
_FORM_TITLE_AFTER = re.compile(r"[ \t]+(?:(?:data|collection|registration|registry|notification|documentation)[ \t]+){1,3}"
                               r"(?:form|sheet)(?:[ \t]+v(?:ersion)?[ \t]?\d{1,3}(?:\.\d{1,3}){0,3}"
                               r"|[ \t]+[-\u2013][ \t]+(?P<tail>[^\n.:;]{1,40}?)"
                               r"(?:[ \t]+v(?:ersion)?[ \t]?\d{1,3}(?:\.\d{1,3}){1,3})?)?[ \t]*$",
                               re.IGNORECASE | re.MULTILINE)
_FORM_TITLE_DISEASE = re.compile(r"breast[ \t]+(?:cancer|carcinoma)", re.IGNORECASE)
_FORM_TITLE_SPECIMEN = re.compile(r"\b(?:excision|re-?excision|biops|core|mastectomy|lumpectomy|resection|specimen|wle|"
                                  r"segmentectomy|quadrantectomy)", re.IGNORECASE)
_FORM_TITLE_LINES = 3  # the lines of a document's head that can carry its form's title (ruled lines not counted)
FORM_TITLE_CHARS = 200  # a form's title ends at the term (its "$"): it starts at most this far before it
# A coder's documentation query to a physician, its title a line of its own in the document's head ("CDI PHYSICIAN
# QUERY", "CLINICAL DOCUMENTATION QUERY - CONFLICTING DOCUMENTATION", also under a letterhead's lines): its request to
# the physician ("Please clarify the laterality of the malignancy in the operative note.", "Could you please document
# whether ...") names what it asks about, as a question does, never a finding. Each signal is needed: a report's
# field ("Clinician query: recurrence") or an addendum's remark ("ADDENDUM (physician query)") is no such title, a
# pathologist's "Please clarify the side; ..." in a report labels, and so does what follows a colon after the request
# (the pasted pathology, "path report states: Right breast core: ...", the physician's "Please document: left breast
# invasive ductal carcinoma.")
_DOCUMENTATION_QUERY_TITLE = re.compile(r"^[ \t]*(?:(?:[A-Za-z]+|\(CDI\)|[-\u2013])[ \t]+){0,6}"
                                        r"(?:physician|provider|clinician|documentation)[ \t]+query\b"
                                        r"(?:[ \t]*[-\u2013][^\n:]*)?[ \t]*$", re.IGNORECASE | re.MULTILINE)
_QUERY_TITLE_LINES = 5  # a query's title stands in the document's head, a letterhead's lines above it
# (the request opens its sentence: the unit, or after a sentence's stop on it, as after the quoted pathology in
# 'Pathology (final): "Left breast, excision: sclerosing adenosis." Please clarify the side of the malignancy ...')
_REQUEST = (r"(?:(?:could|would|can)[ \t]+you[ \t]+)?(?:please|kindly)[ \t]+"
            r"(?:clarify|document|indicate|specify|consider|confirm)\b[^\n:]*$")
_QUERY_REQUEST = re.compile(r"[ \t]*" + _REQUEST, re.IGNORECASE)
_QUERY_REQUEST_AFTER_STOP = re.compile(r"[.!?][\"\u201d']?[ \t]+" + _REQUEST, re.IGNORECASE)
# The request covers its own clause only: a clause after it ("-", ";", "(", "as", "while") that cites a pathology
# source ("- path report states Right breast core ...", "; pathology dated 02/03 shows ...", "as the pathology report
# shows ...", "(path 02/03 right breast core ...)") quotes the finding, and one that the physician signs ("Please clarify
# the diagnosis - left breast invasive ductal carcinoma confirmed, Dr Lee") answers it: both label. The source needs
# its verb or its date ("- pathology to be reviewed" is no quote)
_REQUEST_CLAUSE_BREAK = r"(?:[ \t][-\u2013]|[;(]|\b(?:as|while)\b)[ \t]*"
_CLAUSE_QUOTES_PATHOLOGY = re.compile(
    _REQUEST_CLAUSE_BREAK + r"(?:the[ \t]+)?(?:final[ \t]+)?path(?:ology)?(?:[ \t]+report)?"
    r"(?:(?:[ \t]+(?:dated[ \t]+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?)?[ \t]+"
    r"(?:states|stated|shows|showed|reads|says|said|reports|reported|confirms|confirmed)\b"
    r"|[ \t]+(?:dated[ \t]+)?\d{1,2}/\d{1,2}(?:/\d{2,4})?\b)", re.IGNORECASE)
_REQUEST_CLAUSE_BREAK_AT = re.compile(_REQUEST_CLAUSE_BREAK, re.IGNORECASE)  # (any clause break after the request)
_SIGNED_ANSWER = re.compile(r"[^\n.;]{0,40}?\b(?:confirmed|agreed|verified)\b[ \t]*,?[ \t]*(?:by[ \t]+)?(?:Dr|Doctor)\b",
                            re.IGNORECASE)
# a meeting's or a report's head above the title ("MULTIDISCIPLINARY MEETING\nClinician query") makes the title an
# item of that document, no coder's query
_NOT_QUERY_DOCUMENT = re.compile(r"\b(?:meeting|MDT|MDM|tumou?r[ \t]+board|conference|report)\b", re.IGNORECASE)


# A Dutch or Swedish entity word ("ductaal carcinoom in situ", "invasief carcinoom", "fibroadenoom", "invasiv
# bröstcancer") in a clause that also holds a Dutch or Swedish hedge is left open: the hedge's wording varies more than
# the fixed cues read ("niet uitgesloten", "is niet met zekerheid uit te sluiten", "kan ej säkert uteslutas", "mogelijk
# DCIS", "verdacht op", "misstanke på", "fynden talar för ... men är ej diagnostiska"). Only within the clause (no full
# stop, semicolon, colon or line end between) and with no other mention between the hedge and the word; an exclusion
# after the word, any of the stems before it; a suspicion or possibility denied ("niet verdacht voor maligniteit",
# "geen", "zonder", "ej", "inte") or an adjective ("verdachte laesie", the lesion sampled) is no hedge.
_DUTCH_SWEDISH_TERM = re.compile(r"carcinoom|fibroadeno(?:om|men)\b|bröstcancer|(?:duktal|lobulär|invasiv)\s+cancer",
                                 re.IGNORECASE)
_DUTCH_SWEDISH_EXCLUSION = r"uitgesl|uit\s+te\s+sluiten|utesl"
_DUTCH_SWEDISH_HEDGE_BEFORE = re.compile(
    _DUTCH_SWEDISH_EXCLUSION + r"|(?<!niet\s)(?<!geen\s)(?<!zonder\s)(?<!ej\s)(?<!inte\s)(?<!icke\s)"
    r"\b(?:verdacht\b|verdenking|misst[äa]nk\w*|misstanke|mogelijk|möjlig|talar\s+för|differentiaal\w*)")
_DUTCH_SWEDISH_HEDGE_AFTER = re.compile(_DUTCH_SWEDISH_EXCLUSION)
_DUTCH_SWEDISH_CLAUSE_BREAK = re.compile(r"[.;:\n]")
DUTCH_SWEDISH_CLAUSE_CHARS = 200  # the clause read on either side of the word


def _dutch_swedish_hedged(norm: str, masked: str, unit: tuple[int, int], start: int, end: int) -> bool:
    """The mention ``[start, end)`` is a Dutch or Swedish entity word with a hedge in its clause (_DUTCH_SWEDISH_TERM,
    _DUTCH_SWEDISH_HEDGE_BEFORE, _DUTCH_SWEDISH_HEDGE_AFTER), no other mention between them."""
    if _DUTCH_SWEDISH_TERM.search(norm, start, end) is None:
        return False
    lo = max(unit[0], start - DUTCH_SWEDISH_CLAUSE_CHARS)
    for brk in _DUTCH_SWEDISH_CLAUSE_BREAK.finditer(masked, lo, start):
        lo = brk.end()
    stop = _DUTCH_SWEDISH_CLAUSE_BREAK.search(masked, end, min(unit[1], end + DUTCH_SWEDISH_CLAUSE_CHARS))
    hi = stop.start() if stop is not None else min(unit[1], end + DUTCH_SWEDISH_CLAUSE_CHARS)
    last = deque(_DUTCH_SWEDISH_HEDGE_BEFORE.finditer(masked, lo, start), maxlen=1)  # (the hedge nearest before)
    if last and "#" not in masked[last[0].end() : start]:
        return True
    after = _DUTCH_SWEDISH_HEDGE_AFTER.search(masked, end, hi)
    return after is not None and "#" not in masked[end : after.start()]


def _is_query_document(norm: str) -> bool:
    """``norm`` is a coder's documentation query: its title a line in its head, no meeting's or report's above it."""
    title = _DOCUMENTATION_QUERY_TITLE.search(norm, 0, first_lines_end(norm, _QUERY_TITLE_LINES))
    return title is not None and _NOT_QUERY_DOCUMENT.search(norm, 0, title.start()) is None


def _in_query_request(norm: str, unit_start: int, start: int, end: int) -> bool:
    """The finding at ``start:end`` is in the clause of a query's request (a question), not in a clause after it that
    quotes the pathology or gives the physician's signed answer."""
    request = _QUERY_REQUEST.match(norm, unit_start, start) or _QUERY_REQUEST_AFTER_STOP.search(norm, unit_start, start)
    if request is None:
        return False
    if _CLAUSE_QUOTES_PATHOLOGY.search(norm, request.start(), start) is not None:
        return False
    return not (_REQUEST_CLAUSE_BREAK_AT.search(norm, request.start(), start) is not None
                and _SIGNED_ANSWER.match(norm, end) is not None)


# "borderline" before a phyllodes tumour's name is its grade, also with an aside or the first language's words between
# ("borderline (grade 2) phyllodes tumour", "Sınırda (borderline) filloides tümör [phyllodes tumour, borderline]");
# the aside names a grade, and words between are the first language's name the bracket translates. "borderline for
# phyllodes tumour", "borderline towards phyllodes tumour", "borderline stromal phyllodes features", "borderline (see
# comment) phyllodes tumour" stay hedges
_GRADE_TO_PHYLLODES = re.compile(r"\)?[ \t]*(?:\([ \t]*(?:WHO[ \t]+)?(?:grade|intermediate)\b[^()\n]{0,20}\)[ \t]*)?"
                                 r"(?:(?:(?!(?:for|of|to|on|between|with|and|or|lesion|a|an|the)\b)[^\W\d_]+[ \t]+){1,2}"
                                 r"\[[ \t]*)?", re.IGNORECASE)


def _is_phyllodes_grade(norm: str, hedge: tuple[int, int] | None, start: int) -> bool:
    """The sole hedge of a phyllodes tumour's mention at ``start`` is the word "borderline" naming its grade."""
    return (hedge is not None and norm[hedge[0] : hedge[1]].lower() == "borderline"
            and _GRADE_TO_PHYLLODES.fullmatch(norm, hedge[1], start) is not None)


def _disease_opened_form_title(s: Structure, start: int, end: int) -> bool:
    """Whether the term at ``start``-``end`` is the generic disease opening its line's record-keeping sheet title
    (:data:`_FORM_TITLE_AFTER`): "BREAST CANCER DATA COLLECTION FORM - PATHOLOGY", its tail naming no side or
    specimen."""
    if not _FORM_TITLE_DISEASE.fullmatch(s.norm, start, end):
        return False
    title = _FORM_TITLE_AFTER.match(s.norm, end)
    if title is None or s.norm[_line_start_within(s.norm, start, FORM_TITLE_CHARS) : start].strip():
        return False
    tail = title.span("tail")
    return tail[0] < 0 or not (s.sides.sides_in(*tail) or _FORM_TITLE_SPECIMEN.search(s.norm, *tail))


def _line_start_within(text: str, pos: int, reach: int) -> int:
    """Where ``pos``'s line starts, or ``pos - reach`` when the line starts further back (a one-line export: a search
    back to the line's start per mention would be one back to the report's start)."""
    lo = max(0, pos - reach)
    newline = text.rfind("\n", lo, pos)
    return lo if newline < 0 else newline + 1
_NAME_WORDS = ("institut", "centre", "center", "registr", "hospital", "society", "alliance", "program", "network",
               "foundation", "clinic", "agency", "council", "screening", "care", "summary", "service", "unit", "trust",
               "conference", "pathway", "track", "ptl", "waiting", "surger", "mdt", "mdm", "multidisciplinary", "team",
               "pathologist", "hab")
# Words every _TITLE_LINE match contains (tested on the line as searched: its parentheses removed).
_TITLE_WORDS = ("template", "checklist", "protocol", "synoptic", "structured", "resection", "biopsy", "excision",
                "adjuvant", "residual", "summary")
_WITHDRAWN = re.compile(r"\b(?:withdrawn|retracted|rescinded|superseded|revoked|no\s+longer\s+(?:appl(?:y|ies)|stands?|"
                        # (a translated report's own words: "... émis initialement est retiré", "queda anulado",
                        # Dutch "de diagnose van ... wordt ingetrokken" / "herroepen")
                        r"holds?|valid|applicable)|retir[ée]e?s?|annul[ée]e?s?|retirad[oa]s?|anulad[oa]s?|"
                        r"ingetrokken|herroepen)(?!\w)",
                        re.IGNORECASE)
# A version's status in brackets ("v1  FINAL (retracted): ...", "Report 1 (superseded) - ..."): what follows on its
# line is that version's diagnosis, withdrawn, up to a sentence's end or the words of the version replacing it
# ("Frozen section (superseded): benign. Final diagnosis: ...", "(withdrawn) - replaced by final: ...")
_WITHDRAWN_STATUS = re.compile(r"\([ \t]*(?:" + _WITHDRAWN.pattern + r")[ \t]*\)[ \t]*[:\-\u2013]?"
                               r"(?:(?!\.[ \t]|\b(?:final|revised|amended|corrected|replac\w*|current)\b)[^\n;])*$",
                               re.IGNORECASE)
WITHDRAWN_STATUS_REACH = 400  # characters before a mention searched for its version row's bracketed status
_VERDICT_NOUN = r"(?:diagnos[ie]s|conclusion|interpretation|opinion)"  # what a pathologist renders
# The diagnosis a revision replaces, quoted: "This replaces the original diagnosis (DCIS)".
_QUOTED_EARLIER = re.compile(
    # (or "the original conclusion (atypical ductal hyperplasia)", "the previous interpretation (...)")
    r"\b(?:original|previous|prior|initial|earlier|former)\s+" + _VERDICT_NOUN + r"\s*"
    r"(?:of\s+)?(?:\((?P<p>[^)\n]*(?:\n[^)\n]*)?)\)|"  # (its parenthesis may wrap to the next line)
    r"'(?P<q>[^'\n]{1,80})'|\"(?P<d>[^\"\n]{1,80})\")"
    # "This supersedes the diagnosis of fibroadenoma below."
    # ("This supersedes the conclusion of fibroadenoma above.")
    # (a translated report's own words: Portuguese "Este diagnóstico substitui o diagnóstico de papiloma com HDA",
    # Spanish "sustituye / reemplaza el diagnóstico de ...")
    r"|\b(?:supersedes|replaces|substitui|sustituye|reemplaza)\s+(?:the|o|el)\s+(?:\w+\s+)?"
    r"(?:diagnos[ie]s|diagn[óo]stico|conclusion|conclus[ãa]o|opinion)\s+(?:of|de)\s+(?P<s>[^.;\n]{1,60})"
    # French: "Ce compte rendu remplace la conclusion précédente (hyperplasie canalaire atypique)."
    # (or with "de" before the diagnosis: "Ce diagnostic remplace le diagnostic initial de carcinome canalaire")
    r"|\bremplace\s+(?:la|le)\s+(?:conclusion|diagnostic)\s+(?:pr[ée]c[ée]dente?|initiale?)\s*"
    r"(?:\((?P<f>[^)\n]*)\)|d[e'’]\s*(?P<g>[^.;\n]{1,60}))",
    re.IGNORECASE)
# "non-cancer", "non-malignant", "non malignancy": the prefix denies the generic word it is joined to ("pathway
# closed as non-cancer", "non-malignant breast tissue"); a named entity after it is no generic word ("non-invasive
# carcinoma" is DCIS and stays a diagnosis)
_NON_PREFIXED = re.compile(r"(?<![\w-])non[- ](?:cancer|malignan|carcinoma\b)", re.IGNORECASE)
# "Prior (nipple) biopsy site", "prior lumpectomy/biopsy site": the site is there now; the biopsy was before.
_PRIOR_SITE = re.compile(r"\b(?:prior|previous)\s+(?:[a-z]+(?:\s+|/)){0,2}$")
# What may stand between a finding and the side written after it ("DCIS, left breast", "DCIS in the left breast"; the
# line may wrap after the preposition or its article: "fibroadenoma of the\n   right breast")
_SIDE_GAP = re.compile(r"[ \t,:)-]*(?:(?:in|of|i|from)(?:[ \t]+|[ \t]*\n[ \t]*)(?:the(?:[ \t]+|[ \t]*\n[ \t]*))?)?")
# ... and a Romance report's breast noun, one word of the finding's own before it at most: "kyste simple du sein
# gauche", "fibroadenoma da mama direita", "carcinoma della mammella sinistra" (across a wrapped line too: "kyste\nsimple
# du sein gauche"); it links only a finding that opens its ";" clause ("; kyste simple du sein gauche", not
# "; antécédent de carcinome du sein gauche"), in a clause that holds no history cue (_ROMANCE_HISTORY) and no
# exclusion after the side (_ROMANCE_EXCLUDED)
# (a clinic note's shorthand names the breast "mama" with no article before its abbreviated side: "CDI mama esq. (cT4b
# N2); fibroadenoma mama dir.")
_ROMANCE_SIDE_GAP = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:(?i:du|de\s+la|da|della)\s+(?i:sein|mama|mammella)|(?i:mama))\s+")
# a history cue anywhere in the clause ("antécédent(s) de", "história de", "antecedente(s) de", "pregresso", "traité /
# operado / tratado en / em <year>", a year in brackets, "(2016)") or an exclusion after the side ("carcinoma da mama
# esquerda excluído", "écarté", "descartado", "excluded", "ruled out")
_ROMANCE_HISTORY = re.compile(
    r"\b(?:ant[ée]c[ée]dents?|antecedentes?|hist[óo]ri[ae]|pregress[oa]s?|precedente|trait[ée]e?s?|opér[ée]e?s?|"
    r"operad[oa]s?|tratad[oa]s?|previous|prior|history)\b|\(\s*(?:19|20)\d\d\s*\)|\b(?:en|em|in|nel)\s+(?:19|20)\d\d\b",
    re.IGNORECASE)
_ROMANCE_EXCLUDED = re.compile(r"\b(?:exclu[íi]d[oa]s?|exclu(?:e|s|es)?|[ée]cart[ée]e?s?|descartad[oa]s?|esclus[oa]|"
                               r"excluded|ruled\s+out)(?!\w)", re.IGNORECASE)
# (closing the clause: its ";", the sentence's full stop or the line's end, or a comma before the lesion's own "without"
# qualifier, "opéré, sans atypie"; "opéré, irradié, sous hormonothérapie" and "operado, en seguimiento" list a
# treatment's course, history)
_ROMANCE_OPERATED_AFTER = re.compile(r"\w+[ \t]+(?P<p>op[ée]r[ée]e?s?|operad[oa]s?|operat[oa])"
                                     r"(?=[ \t]*(?:[.;]|$|,[ \t]*(?:sans|sin|senza|sem)\b))", re.IGNORECASE | re.MULTILINE)
_BLANKS = re.compile(r"\s*")
ROMANCE_CLAUSE_CHARS = 200  # how much of the clause after the side its history and exclusion words are read in
# A bare "scar" named as the place sampled, not found there: led by a word of place ("nodularity at the left
# lumpectomy scar", "tissue by the scar"), a site's bracketed aside naming its operation ("chest wall (mastectomy
# scar), excision:") or followed by its clock position ("core biopsy left breast scar 2 o'clock"), by the
# operation planned on it ("the old scar will be included in the excision", "scar to be excised") or by the colon
# ending a specimen's name line ("implant capsule and overlying scar tissue:").
# (an operation's words, which also name a scar after the site's comma: _SCAR_SITE_NAME_BEFORE)
_SCAR_OPERATION_WORDS = r"old|previous|prior|lumpectomy|mastectomy|excision|wle|operation"
_SCAR_SIDE_WORDS = r"left|right|l|r|venstre|h[øo]yre"
_SCAR_PLACE_WORDS = _SCAR_SIDE_WORDS + r"|breast|chest|wall|" + _SCAR_OPERATION_WORDS
# A bare "scar" of the skin is no finding in tissue either: described as the examining hand finds it ("an adherent
# scar", "a tethered, hypertrophic scar": an examination's words; not "healed scar", which a re-excision finds in
# the tissue) or naming the incision an operation leaves ("vertical-scar mastopexy", "short scar reduction
# mammaplasty": the technique's name)
# (a lump found at a scar, named after it: "scar nodule")
_SCAR_LUMP_WORDS = r"nodule|nodularity|lump|thickening"
_SCAR_SKIN_WORDS = r"adherent|tethered|hypertrophic|keloid|tender|painful"
_SCAR_PLACE_BEFORE = re.compile(
    rf"(?:\b(?:at|in|into|by|near|from|over|under|beneath|beside|around|(?:adjacent|next|close)\s+to)\s+(?:the\s+|her\s+)?(?:(?:{_SCAR_PLACE_WORDS})\s+)*"
    # (the specimen taken from it: "Left breast, core biopsy of scar nodule:", "core biopsy of the scar": review p133)
    rf"|\b(?:biops(?:y|ies)|cores?)\s+of\s+(?:the\s+|her\s+)?(?:(?:{_SCAR_PLACE_WORDS})\s+)*"
    rf"|\((?:(?:{_SCAR_PLACE_WORDS})\s+)+)$",
    re.IGNORECASE)
# ... or named after its operation, behind the site's comma, with the colon that closes the site before its
# diagnosis on the same line ("Left chest wall, mastectomy scar: suture granuloma"), or after its site's words alone
# from the start of the specimen's name, the specimen taken from it after it ("Right breast scar, core biopsy: fat
# necrosis"); a field named "Scar:" alone, its answer after it, is a finding, and so is one whose name has no side
# ("Previous scar: present", "Breast scar: present"): before a bare colon the name must hold a side, or an operation
# after the site's comma (:func:`_scar_named_as_site`)
_SCAR_SITE_NAME_BEFORE = re.compile(rf"(?:(?P<comma>,)|^|(?<=[:.]))[ \t]*(?P<words>(?:(?:{_SCAR_PLACE_WORDS})[ \t]+)+)$",
                                    re.IGNORECASE | re.MULTILINE)
_SCAR_SIDE_WORD = re.compile(rf"\b(?:{_SCAR_SIDE_WORDS})\b", re.IGNORECASE)
_SCAR_OPERATION_WORD = re.compile(rf"\b(?:{_SCAR_OPERATION_WORDS})\b", re.IGNORECASE)
# (a dictated specimen line says the procedure behind a comma before the diagnosis: "Final diagnosis, right chest
# wall, mastectomy scar, excision, suture granuloma")
# (the lump found at the scar may stand between: "Right chest wall, mastectomy scar nodule, excision: suture granuloma")
_SITE_COLON_AFTER = re.compile(rf"(?:[ \t]+(?:{_SCAR_LUMP_WORDS}))?"
                               r"[ \t]*(?:,[ \t]*(?:(?:wide[ \t]+local[ \t]+|re-?)?excision(?:al[ \t]+biopsy)?|"
                               # (a translation's bracketed site may wrap and count its cores: "[left breast, lumpectomy
                               # scar, core\n biopsies]:")
                               r"(?:(?:core|punch|incisional|needle)(?:[ \t]+|[ \t]*\n[ \t]*))?biops(?:y|ies)\]?)"
                               r"[ \t]*[:,]|:)(?!\d)",
                               re.IGNORECASE)
# (outside a diagnosis section only: under "Diagnosis:" a "hypertrophic scar" is what the tissue shows)
_SCAR_SKIN_BEFORE = re.compile(rf"\b(?:{_SCAR_SKIN_WORDS})(?:,?\s+(?:and\s+)?(?:{_SCAR_SKIN_WORDS}))*\s+$", re.IGNORECASE)
_SCAR_PLACE_AFTER = re.compile(r"[ \t,]*(?:at[ \t]+)?(?:\d{1,2}(?:[:.]\d\d)?[ \t]*o'?[ \t]?clock|kl\.?[ \t]*\d)"
                               r"|[ \t]+(?:reduction[ \t]+)?(?:mastopexy|mamm[ao]plasty|reduction|technique)\b"
                               r"|[ \t]+(?:is[ \t]+|will[ \t]+be[ \t]+|to[ \t]+be[ \t]+)(?:re-?)?(?:excised|removed|included)\b"
                               # (or by the specimen taken from it: "chest wall scar core 03/2026: dermal fibrosis", also
                               # from the lump found at it: "Right breast, scar nodule, core biopsy: fat necrosis")
                               rf"|(?:[ \t]+(?:{_SCAR_LUMP_WORDS})[ \t]*,)?"
                               r"[ \t]+(?:(?:needle[ \t]+)?core|punch|biopsy)\b"
                               # (or it ends a specimen's name, its diagnosis below: "chest wall, scar tissue:",
                               # "Left breast, mastectomy scar, excision:")
                               r"|(?:[ \t]+tissue)?(?:[ \t]*,[ \t]*[^:,\n]{1,40})?[ \t]*:[ \t]*(?:\n|$)",
                               re.IGNORECASE)
# A physiotherapy or nursing examination's field "Scar:" answered with how the wound has healed and moves ("Scar:
# healed, mobile", "Scar: well healed and supple", "Scar: healed; non-tender") is the skin's scar as the hand finds it,
# no finding in tissue; "Scar: present", "Scar: healed" alone and "Biopsy site: healed scar" stay findings
_SCAR_EXAM_WORDS = r"mobile|supple|non-?tender|flat|pale|intact|adherent|tethered|tender"
_SCAR_EXAM_FIELD_AFTER = re.compile(rf"[ \t]*:[ \t]*(?:well[ \t-]?)?healed[ \t]*(?:[,;]|and)[ \t]*(?:and[ \t]+)?"
                                    rf"(?:{_SCAR_EXAM_WORDS})\b", re.IGNORECASE)
# An examination's words on how the skin's scar is healing ("Left breast scar healing well", "scar well healed",
# "the scar has healed well") describe the wound as the examiner sees it, no finding in tissue: only with "well" and
# outside a diagnosis section ("healing scar" and "Biopsy site: healed scar" stay findings)
_SCAR_HEALING_AFTER = re.compile(r"[ \t]+(?:(?:is|has)[ \t]+)?(?:(?:healing|healed)[ \t]+well|well[ \t-]healed)\b",
                                 re.IGNORECASE)
# A form's field caption "Biopsy site" / "Bx site" is a label, not a finding: followed by its variable name in
# brackets ("Biopsy site [bxp_site] ...... 9 o'clock") or by a field mark and a place as its value ("Biopsy site:
# left breast, 2 o'clock"); "Biopsy site: organising haematoma" names what the site shows and stays a scar
_SITE_CAPTION_AFTER = re.compile(
    r"[ \t]*(?:\[[a-z][\w.]{0,40}\]|(?::|\.{3,})[ \t]*(?:at[ \t]+)?(?:\d{1,2}(?:[:.]\d\d)?[ \t]*o'?[ \t]?clock|"
    r"(?:left|right|upper|lower|central|subareolar|retroareolar|uoq|uiq|loq|liq)\b))", re.IGNORECASE)
_SITE_CAPTIONS = frozenset({"biopsy site", "bx site"})
# A dictated self-correction right after a mention takes it back: "LCIS, wait, no, scratch that".
_TAKEN_BACK = re.compile(r"^(?:[\s,.-]*[a-z]+){0,3}?[\s,.;-]*(?:(?:wait|sorry|no)[\s,.;-]+){0,3}"
                         # "DCIS low grade, wait, no, scratch that"; "microcysts, no excuse me, including ..."
                         r"(?:(?:scratch|strike|delete|disregard|cancel)\s+that|excuse\s+me|i\s+mean)\b")
# Words every match of _WITHDRAWN / _TAKEN_BACK contains (a report without them skips the withdrawal pass).
_WITHDRAWN_WORDS = ("withdrawn", "retracted", "rescinded", "superseded", "revoked", "longer", "retir", "annul", "anulad",
                    "ingetrokken", "herroepen")
_TAKEN_BACK_WORDS = ("scratch", "strike", "delete", "disregard", "cancel", "excuse", "mean")
# A mention that names what an earlier reading called the lesion ("the focus interpreted as residual
# carcinoma represents histiocytes", "previously diagnosed as DCIS") is not this report's diagnosis.
# ... unless the report says that diagnosis stands ("These results do not change the diagnosis").
_DIAGNOSIS_STANDS = re.compile(
    r"\b(?:(?:do(?:es)?|did|will)\s+not|no)\s+(?:change|alter|affect|modify)\s+(?:the\s+|this\s+)?(?:original\s+|final\s+)?"
    r"diagnos|\b(?:diagnosis|conclusion)(?:\s+and\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:is\s+|are\s+|remains?\s+)?unchanged"
    r"|\bunchanged\s+diagnosis", re.IGNORECASE)
_DIAGNOSIS_STANDS_WORDS = ("change", "alter", "affect", "modify")
# A supplementary report or addendum whose heading line says it reports another specimen, received later
# ("SUPPLEMENTARY REPORT (second specimen received 27/03/2026, ...)", "Supplementary report: a further specimen was
# received"): that specimen's diagnosis is added, the first specimen's stands (the heading line only: "... on the
# second specimen's stains the diagnosis is revised" in its text is a revision, and says no "received"). Not an
# amended or corrected report (it replaces what it corrects, whatever it received), nor a heading that says no
# specimen came ("No new specimen has been received", "no further specimen received"; "Lab No. 12" is no denial).
_ANOTHER_SPECIMEN = re.compile(
    r"[ \t]*(?:supplement|addend)\w*(?:(?!\bno\b(?!\.)|\bnot\b)[^\n]){0,80}?"
    r"\b(?:second|third|additional|further|separate|another|new)\s+(?:specimens?|samples?)\b"
    r"(?:(?!\bnot\b|\bnever\b)[^\n.;]){0,40}?\breceived\b", re.IGNORECASE)
# ... and a report on another specimen that still says it revises, amends or withdraws the first diagnosis, or that
# this one was mislabelled, replaces it (rule 1: "On review of both specimens, the original diagnosis is amended")
# (also one that says the excision supersedes it, that it is replaced, "should read", reclassified, corrected,
# up- or downgraded, changed to, not supported, or "the final diagnosis is now": a later specimen that settles the
# first lesion's diagnosis replaces it)
_REVISES_FIRST = re.compile(
    r"\b(?:revis(?:ed|es|ing|ion)|amend(?:ed|s|ing|ment)|withdrawn?|mislabell?ed|belongs?\s+to\s+another|"
    r"(?:issued|reported)\s+in\s+error|supersed(?:e|es|ed|ing)|replac(?:e|es|ed|ing)|should\s+read|reclassif\w*|"
    r"correct(?:ed|s|ing|ion)|(?:up|down)grad(?:e|es|ed|ing)|changed\s+to|not\s+supported|is\s+now)\b", re.IGNORECASE)
# ... nor is a further sample of the same block another specimen ("Further samples (deeper levels) received from block
# A1", "additional samples received from the same block", recuts): it is the first specimen seen again
_SAME_BLOCK = re.compile(r"\b(?:(?:from|of)\s+(?:the\s+same\s+)?block|same\s+block|(?:deeper\s+)?levels|recuts?)\b",
                         re.IGNORECASE)


def _on_another_specimen(text: str) -> bool:
    """True for a supplementary report or addendum on another specimen that revises nothing (_ANOTHER_SPECIMEN)."""
    heading = _ANOTHER_SPECIMEN.match(text)
    if heading is None or _REVISES_FIRST.search(text) is not None:
        return False
    return _SAME_BLOCK.search(text, 0, end_of_line(text, 0)) is None


_EARLIER_READING = re.compile(
    r"(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)\b(?:interpreted|called|diagnosed|reported|regarded|described|labell?ed|designated|signed\s+out)"
    # ("the focus described in the original report as residual DCIS": the earlier report named between)
    # (or by its version number: "the focus interpreted in version 1 as invasive lobular carcinoma", "in v1")
    r"(?:\s+in\s+the\s+(?:original|previous|initial|earlier|first)\s+(?:report|diagnosis)"
    # (only where the sentence goes on to the reading that replaces it: _version_reading_replaced)
    r"|(?P<version>\s+in\s+(?:the\s+)?(?:version|v)\s?\d{1,2}))?\s+as\s+"
    # ("the focus interpreted as residual DCIS": a grade or extent word may stand before the name)
    r"(?:an?\s+|the\s+)?(?:(?:residual|focal|possible|low[- ]grade|high[- ]grade|intermediate[- ]grade)\s+)?$")
# ... a version's reading is superseded only where its sentence goes on to the one that replaces it ("... in version 1
# as IDC represents sclerosing adenosis", "is reclassified as", "is atypical ductal hyperplasia", "to be low-grade
# DCIS", "shows pleomorphic features"), never where it says that reading stands ("The diagnosis, reported in v2 as
# DCIS, high grade, stands unchanged", "remains", "is confirmed", "is maintained"); "is not confirmed", "was not
# upheld" say the opposite
_VERSION_READING_STANDS = re.compile(
    r"\b(?<!not )(?<!not been )(?<!n't )(?:stands?|unchanged|remains?|confirmed|maintained|upheld)\b", re.IGNORECASE)
_VERSION_READING_REPLACED = re.compile(
    r"\b(?:represents?|shows?|corresponds?|to[ \t]+be|(?:is|are|was|were|has[ \t]+been)[ \t]+(?:now[ \t]+)?"
    r"(?!not\b|also\b|still\b|present\b|seen\b|noted\b|identified\b)[a-z])", re.IGNORECASE)


def _version_reading_replaced(norm: str, end: int, sentence_end: int) -> bool:
    """True where the sentence after a version's reading (``end`` to ``sentence_end``) gives the reading that replaces
    it and says nothing of it standing (_VERSION_READING_REPLACED, _VERSION_READING_STANDS)."""
    return (_VERSION_READING_STANDS.search(norm, end, sentence_end) is None
            and _VERSION_READING_REPLACED.search(norm, end, sentence_end) is not None)


# A finding in brackets after a named earlier report ("paid on the core biopsy report (IDC, grade 3)", "as per the
# referral report (DCIS)") is that report's diagnosis, not this one's ("this report (...)" is this one)
_NAMED_REPORT_BRACKET = re.compile(r"\b(?:on|in|per|from)[ \t]+the[ \t]+(?:[\w-]+[ \t]+){0,3}report[ \t]*\($",
                                   re.IGNORECASE)
_OUTSIDE_UNIT = re.compile(
    r"\b(?:outside|referring|referral|submitted|contributor'?s?)\s+(?:pathologist'?s?\s+|institution'?s?\s+|"
    # (the report's source in brackets before its verb: 'Outside report (Millbrook Pathology, 01/2026) reads: "..."')
    r"pathology\s+)?(?:(?:diagnos[ie]s|dx|interpretation|report)\s*(?:\([^()\n]{1,60}\)\s*)?(?:was|is|of|reads?|stated|:|\")"
    r"|dx\s)", re.IGNORECASE,
)
# The outside diagnosis runs from its lead-in to the end of its sentence, unless it ends before: at this laboratory's
# word on it ("... was reviewed and we agree: Left breast core: ...", "Diagnosis:", "Our review:"), or at the quote
# that closes it ('reads: "Left breast core: invasive carcinoma NST." We agree ...')
_WE_AGREE = r"\bwe\s+(?:fully\s+)?(?:agree|concur)\b"
_OUTSIDE_END = re.compile(_WE_AGREE + r"|\b(?:(?:final|our)\s+)?diagnos[ie]s\s*:|\bour\s+(?:review|opinion)\b",
                          re.IGNORECASE)
# ... and it is none where the lead-in says the outside report is not there ("Outside report (Millbrook) is not
# available; Diagnosis: ..."), or where this laboratory adopts it in the lead-in ("Outside report (reviewed, we agree)
# is: ...") or right after the quote ('reads: "..." We agree with the outside diagnosis.')
_OUTSIDE_ABSENT = re.compile(r"[ \t]*(?:not\s+(?:available|received|enclosed|attached|provided)|unavailable|awaited|"
                             r"pending|missing|outstanding)\b", re.IGNORECASE)
_AGREED_IN_LEAD = re.compile(_WE_AGREE, re.IGNORECASE)
_AGREED_AFTER = re.compile(r"[\s\"”.]*" + _WE_AGREE, re.IGNORECASE)
_QUOTE_OPENS = re.compile(r"[ \t:]*[\"“]")


def _outside_span(norm: str, lead_start: int, lead_end: int, unit_end: int) -> tuple[int, int]:
    """The outside diagnosis's span in a sentence whose lead-in ``[lead_start, lead_end)`` introduces it (_OUTSIDE_UNIT,
    ended as _OUTSIDE_END says): (-1, -1) where the report is not there or this laboratory agrees with it."""
    if _OUTSIDE_ABSENT.match(norm, lead_end, unit_end) or _AGREED_IN_LEAD.search(norm, lead_start, lead_end):
        return -1, -1
    stop = unit_end
    if norm[lead_end - 1 : lead_end] in _QUOTE_CHARS:
        opened = lead_end
    else:
        quote = _QUOTE_OPENS.match(norm, lead_end, unit_end)
        opened = quote.end() if quote is not None else -1
    if opened >= 0:
        limit = min(len(norm), unit_end + QUOTED_WRAP_CHARS)  # (the quote's own full stop may end the sentence)
        closes = [i for i in (norm.find('"', opened, limit), norm.find("”", opened, limit)) if i >= 0]
        if closes:
            if _AGREED_AFTER.match(norm, min(closes) + 1):
                return -1, -1
            stop = min(stop, min(closes))
    elif _AGREED_AFTER.match(norm, unit_end):
        # (unquoted, the agreement opens the next sentence: "Outside report (...) reads: Right breast core: DCIS. We
        # agree." adopts it as ours)
        return -1, -1
    end = _OUTSIDE_END.search(norm, lead_end, stop)
    return lead_end, end.start() if end is not None else stop


# ... but not the caveat about a specimen still to come: "ADH on core biopsy may be upgraded at excision",
# "the final classification will be made on the excision specimen": this report's diagnosis stands as it is
_ON_LATER_SPECIMEN = (r"\s+(?:at|on|upon|in|after)\s+(?:the\s+)?(?:subsequent\s+|surgical\s+|diagnostic\s+|definitive\s+)?"
                      r"(?:excision|resection|surgery|mastectomy|lumpectomy)")
_UNRESOLVED = re.compile(
    # ("the diagnosis can still change": a hedge with "can" and "still" reads the same)
    r"\b(?:may|might|could|can|will)\s+(?:still\s+)?(?:need\s+to\s+)?(?:be\s+)?"
    r"(?:revised|changed?|amended|reclassified|updated|upgraded|modified)\b"
    r"(?!" + _ON_LATER_SPECIMEN + r")"
    r"|\bfinal\s+(?:diagnosis|classification|interpretation)\s+(?:will\s+be\s+(?:issued|rendered|given|reported|made)"
    r"(?!" + _ON_LATER_SPECIMEN + r")"
    r"|to\s+follow|(?:is\s+)?pending)\b|\bdiagnosis\s+(?:is\s+)?(?:deferred|pending)\b"
    # the report calls its own diagnosis provisional ("The diagnosis above should be regarded as provisional")
    r"|\bdiagnosis\s+(?:above\s+)?(?:is\s+|remains\s+|(?:should|must|is\s+to)\s+be\s+(?:regarded|considered|treated)"
    r"\s+as\s+)provisional\b",
    re.IGNORECASE,
)
# In an addendum: the case sent out for an opinion that is not back yet.
_CONSULT_PENDING = re.compile(
    r"\b(?:sent|referred|submitted)\s+(?:out\s+)?(?:for|to)\s+(?:an?\s+)?(?:external|outside|expert|extradepartmental|"
    r"second|specialist|referral)\s+(?:\w+\s+){0,2}(?:consultation|review|opinion)\b"
    r"|\b(?:awaiting|pending)\s+(?:the\s+)?(?:external|outside|expert|specialist)\s+(?:consultation|review|opinion)\b",
    re.IGNORECASE,
)
_REVISING = re.compile(
    r"\b(?:revised|amended|corrected|final)\s+(?:final\s+)?(?:diagnosis|conclusion|interpretation|"
    # ("The final diagnosis is unchanged." keeps the diagnosis: _DIAGNOSIS_STANDS)
    r"histologic(?:al)?\s+type|classification)\s*(?::|reads\b|is\b(?!\s+(?:unchanged|unaltered|not\s+(?:changed|altered))\b))"
    r"|\bsupports?\s+the\s+final\s+diagnosis\b"
    r"|\b(?:is|are)\s+(?:therefore\s+|now\s+|hereby\s+)?(?:re)?classified\s+as\b|\bnow\s+meets?\s+(?:the\s+)?criteria\b"
    r"|\bcorrected\s+diagnosis\s+reads\b|\breclassified\b|\bestablishing\s+an?\b",
    re.IGNORECASE,
)
# Side words a laterality correction uses: English, and the Nordic and Romance ones a translated report keeps ("the
# sample is from the OIKEA rinta, not from the vasen"; 'where it stands "venstre bryst", it must stand "HØYRE BRYST"';
# 'onde se lê "mama direita", leia-se "MAMA ESQUERDA"', Catalan 'on diu "mama esquerra", ha de dir "MAMA DRETA"')
# (a Dutch one opens its compound: "rechtermamma", "linkerborst"; :data:`_SIDE_WORD_END` lets its word go on)
# (and a French one: "le prélèvement provient du sein DROIT, et non du sein gauche")
_RIGHT_WORD = r"right|oikea(?:n|lla|ssa)?|h[øo][yj]re|h[öo]ger|direit[ao]|derech[ao]|destr[ao]|dreta|droite?|rechter"
_LEFT_WORD = (r"left|vase(?:n|mman|mmalla|mmassa)|venstre|v[äa]nster|esquerd[ao]|esquerra|izquierd[ao]|sinistr[ao]|gauche|"
              r"linker")
_SIDE_WORD_END = r"(?:\b|(?:(?<=rechter)|(?<=linker))(?=mamma|borst|tepel))"
_SIDE_WORD = rf"(?:{_RIGHT_WORD}|{_LEFT_WORD})"
_IS_RIGHT_WORD = re.compile(rf"(?:{_RIGHT_WORD}|rt)$", re.IGNORECASE)  # ("rt": an erratum's "Rt. breast")


def _side_letter(word: str) -> str:
    """``R`` or ``L`` for a side word of :data:`_SIDE_WORD`."""
    return "R" if _IS_RIGHT_WORD.match(word) else "L"


_LATERALITY_CORRECTION = re.compile(
    # ("the side of the sample was written wrongly", "side is wrongly given": a translated report's words)
    # ("the right-sided label was a clerical error")
    r"\b(?:laterality|sided?)\b[^.\n]{0,80}\b(?:correct\w*|error|erroneous\w*|incorrect\w*|mislabel\w*|transcribed|"
    r"dictated\s+in\s+error|should\s+read|wrong\w*)|\bcorrect\w*\b[^.\n]{0,40}\b(?:laterality|side)\b"
    # ("Reason: part transposition. Part A is from the LEFT breast; ...")
    r"|\btranspos(?:ed|ition)\b"
    # "from the LEFT breast, not the right", "the LEFT breast (vänster bröst), not the right", "... and not the right"
    # (or the gloss of a translated note's own side words, its bracket closing after it: "from the වම් පියයුර [LEFT
    # breast], not the right")
    r"|\b(?:left|right)(?:\s+breast)?(?:\s*\([^)]{0,40}\)|\])?\s*,?\s+(?:and\s+)?not\s+(?:the\s+)?(?:left|right)\b"
    # (a French note's own words, its side glossed or not: "du sein DROIT [RIGHT breast], et non du sein gauche")
    r"|\b(?:droite?|gauche)\b(?:\s*\[[^\]\n]{0,40}\])?\s*,?\s+(?:et\s+)?non\s+(?:du\s+sein\s+)?(?:droite?|gauche)\b"
    # (an Italian one's, its side glossed or not: "il campione proviene dalla mammella SINISTRA [... LEFT breast], non
    # dalla destra"; the breast's side only, "dall'ascella SINISTRA, non dalla destra" corrects an axillary node's; and
    # said of this report's sample only, its subject named right before: "la pregressa mastectomia era dalla mammella
    # SINISTRA, non dalla destra", "il precedente carcinoma", "ER/PR eseguiti su materiale ...", "il campione di
    # recettori proviene ..." correct an earlier operation's, a receptor test's or the request's side, not the
    # diagnosis's)
    r"|\b(?:campione|prelievo|frammento|reperto)\s+(?:in\s+esame\s+)?(?:proviene|proveniva|è|e'|era)\s+"
    r"(?:in\s+realtà\s+)?dalla\s+mammella\s+(?:destra|sinistra)\b(?:\s*\[[^\]\n]{0,40}\])?\s*,?\s+(?:e\s+)?non\s+"
    r"(?:dalla|della|alla|la)\s+(?:mammella\s+)?(?:destra|sinistra)\b",
    re.IGNORECASE,
)
# Words every _LATERALITY_CORRECTION match contains ("erro": "error", "erroneous").
_LATERALITY_CORRECTION_WORDS = ("correct", "erro", "mislabel", "transcribed", "should", "transpos", "not", "wrong", "non")
_PART_REFERENCE = re.compile(r"\b(?:part|specimen|block|blocks|slide)\s+(?P<l>[A-H]|\d)\d*\b|\bon\s+(?P<l2>[A-H])\d\b",
                             re.IGNORECASE)
_MALIGNANT_TYPES = re.compile(
    r"\b(?:ductal|lobular|nst|no\s+special\s+type|mixed|tubular|mucinous|micropapillary)\b[^;.]{0,30}"
    r"\b(?:versus|vs\.?|or)\b[^;.]{0,10}\b(?:ductal|lobular|nst|no\s+special\s+type|mixed|tubular|mucinous|micropapillary)\b",
    re.IGNORECASE,
)


class Finding(NamedTuple):
    """One finding mention of a pathology report for one breast (an immutable record; a NamedTuple
    because a frozen dataclass costs ~10x more to build and reports are parsed by the thousand).

    Attributes:
        finding: canonical name (``nlp.lexicon``), e.g. ``"invasive ductal carcinoma"``.
        category: ``malignant``, ``benign`` or ``other``.
        laterality: ``"L"``, ``"R"`` or ``None`` when the report does not say (a mention of a
            statement that names both breasts is one record per side).
        clock: clock position ``"H:MM"`` from the sentence or the specimen header, or ``None``.
        negated, historical, uncertain: assertion context.
        start, end: character span of the mention in the report text.
        text: the mention as written.
        evidence: the sentence / line the mention was read from; of a unit over ``EVIDENCE_WHOLE_CHARS`` (a long
            text without sentence ends), the part of it around the mention (:func:`evidence_of`).
        specimen: the specimen part label (``"A"``, ``"1"``...) or ``None``.
        nodal: read from a lymph-node context (then ``category`` is ``other``).
        section: the role of its section (``nlp.structure.ROLES``).
        site: the specimen site of its statement (``nlp.structure.SITES``).
        effect: ``labels``, ``review`` or ``none`` (how it counts for its breast).
        reason: why (:data:`REASONS`).
    """

    finding: str
    category: str
    laterality: str | None
    clock: str | None
    negated: bool
    historical: bool
    uncertain: bool
    start: int
    end: int
    text: str
    evidence: str
    specimen: str | None
    nodal: bool = False
    section: str = BODY
    site: str = UNKNOWN
    effect: str = NONE
    reason: str = "not_listed"

    @property
    def asserted(self) -> bool:
        """True when the finding is stated as present now (not negated, historical or uncertain)."""
        return not (self.negated or self.historical or self.uncertain)

    @property
    def labels(self) -> bool:
        return self.effect == LABELS

    def to_dict(self) -> dict:
        return self._asdict()


@dataclass(slots=True)  # (slots: its fields are read over and over by the report-state passes)
class _Mention:
    """A mention while its report state is being resolved (mutable working record)."""

    start: int
    end: int
    finding: str
    category: str
    section: Section | None
    role: str
    part: Part | None
    unit: tuple[int, int]
    sides: frozenset[str]
    site: str
    ctx: Assertion
    nodal: bool
    field: str = ""  # "", "margin" or "title"
    outside: bool = False
    withdrawn: bool = False
    superseded: bool = False
    effect: str = NONE
    reason: str = "not_listed"
    order: int = -1  # heading order of its section (-1: under none)


# ----------------------------------------------------------------------------------- per mention
@lru_cache(maxsize=16)
def _finditer_spans(pattern: re.Pattern[str], norm: str, group: int = 0) -> tuple[list[int], list[int]]:
    """The start and the end of ``group`` of each match of ``pattern.finditer(norm)``, listed once a report: each
    mention asks for one before it in its unit, and a search back to the unit's start per mention is quadratic in a
    long unit (a dictation without full stops). Group 1 of a look-ahead capturing its match lists overlapping ones too
    (_SEPARATOR_HINT_AT, _METASTASIS_WORD_AT, BILATERAL_WORD_AT: :func:`_first_match_within`)."""
    found = list(pattern.finditer(norm))
    return [m.start() for m in found], [m.end(group) for m in found]


def _first_match_within(pattern: re.Pattern[str], norm: str, lo: int, hi: int) -> int:
    """The start of the first match of ``pattern`` (:func:`_finditer_spans`, group 1) lying wholly in
    ``norm[lo:hi]``, or -1: the first a search of the pattern it looks ahead for between ``lo`` and ``hi`` finds. Only
    for patterns whose matches' ends rise with their starts (fixed words; a separator inside a "..." is another
    "..."), so that the first match from ``lo`` on decides."""
    starts, ends = _finditer_spans(pattern, norm, 1)
    i = bisect.bisect_left(starts, lo)
    return starts[i] if i < len(starts) and ends[i] <= hi else -1


def _match_within(pattern: re.Pattern[str], norm: str, lo: int, hi: int) -> bool:
    """True when a match of ``pattern`` lies wholly in ``norm[lo:hi]`` (:func:`_first_match_within`)."""
    return _first_match_within(pattern, norm, lo, hi) >= 0


def _node_after(masked: str, end: int, hi: int) -> bool:
    """``_NODE_AFTER.match(masked, end, hi)``; after a long run of ``[\\s,#()]`` matched from near the run's end, not
    from ``end``: the run is given back one character at a time, and only the run's end (a word) or a "(" with
    nothing but blanks after it in the run (a count, "(3/14)") can be followed by the rest, so a match from the last
    character before those blanks finds what one from ``end`` finds; one from ``end`` per mention walks the run again
    each time, quadratic in a unit of mentions without full stops ("# # # ...", masked). The runs are listed once a
    report; a short run (an ordinary report's few blanks) is matched through, as ever."""
    if _NODE_AFTER_LONG_RUN.match(masked, end, hi) is None:
        return _NODE_AFTER.match(masked, end, hi) is not None
    starts, ends = _finditer_spans(_NODE_AFTER_RUN, masked)
    run_end = min(ends[bisect.bisect_right(starts, end) - 1], hi)
    at = run_end - 1
    if masked[at].isspace():  # (the run ends in blanks: from the character before them)
        starts, ends = _finditer_spans(_BLANK_RUN, masked)
        at = starts[bisect.bisect_right(starts, at) - 1] - 1
    return _NODE_AFTER.match(masked, max(end, at), hi) is not None


def _last_separator(norm: str, lo: int, hi: int) -> int:
    """The start of the last match of ``_SEPARATOR.finditer(norm, lo, hi)`` (the separators of ``norm[lo:hi]``, as a
    scan of that slice finds them), or -1: read off the report's own list (:func:`_finditer_spans`) by bisection, as
    each mention asks it of its unit up to itself and a scan per mention is quadratic in a long unit (short statements
    joined by spaced dashes, "Left breast core - fibroadenoma - ...").
    A scan from ``lo`` finds the listed matches wherever ``lo`` lies outside one: the report's scan tried each position
    between its matches and found none. Inside one (" - - " shares a blank between two dashes) this scan steps on by
    itself until it leaves the listed matches behind. A listed match ending before ``hi`` is the slice's too; one
    reaching ``hi`` may end sooner or not match in the slice (its blanks or dots cut; a ":" right before ``hi`` has no
    digit after it there), hence the slice's last stretch, from the first listed match not ending before ``hi``, is
    scanned itself (no match starts between the listed ones but ``hi - 1``'s ":")."""
    starts, ends = _finditer_spans(_SEPARATOR, norm)
    last, at = -1, lo
    i = bisect.bisect_right(starts, at) - 1
    while i >= 0 and starts[i] < at < ends[i]:  # (inside a listed match: its own steps)
        m = _SEPARATOR.search(norm, at, hi)
        if m is None:
            return last
        last, at = m.start(), m.end()
        i = bisect.bisect_right(starts, at) - 1
    first = bisect.bisect_left(starts, at)
    after = max(bisect.bisect_left(ends, hi), first)  # (the first listed match from ``at`` not ending before ``hi``)
    if after > first:
        last, at = starts[after - 1], ends[after - 1]
    tail = starts[after] if after < len(starts) else hi
    for m in _SEPARATOR.finditer(norm, max(at, min(tail, hi - 1)), hi):
        last = m.start()
    return last


def descriptor_of(s: Structure, start: int, unit: tuple[int, int], section: Section | None) -> tuple[str, int]:
    """The statement's specimen descriptor before the mention ("R thyroid lobectomy" in "R thyroid
    lobectomy: papillary thyroid ca"), with its offset; else the header line above; else ""."""
    lo = unit[0]
    if section is not None and lo <= section.heading_end <= start:
        lo = section.heading_end
    if not _match_within(_SEPARATOR_HINT_AT, s.norm, lo, start):
        return "", -1  # every separator has one of these: most statements are spared the scan
    norm = s.norm  # (searched in place, between ``lo`` and ``start``: no copy of the statement per mention)
    quote = max(norm.rfind('"', lo, start), norm.rfind("“", lo, start))
    if quote >= 0 and (quote == lo or norm[quote - 1] in " \t\n:(") and norm[quote + 1 : min(quote + 2, start)].isalpha():
        # a report quoted in a note ('histology now back: "Left breast, excision: radial scar"'): the quotation's
        # own specimen line is the descriptor, never the note's words before it ("came back" names no back)
        lo = quote + 1
    last = _last_separator(norm, lo, start)
    if last > lo and not norm[lo:last].isspace():  # (isspace: the "strip() leaves something" test, with no copy)
        return norm[lo:last], lo
    return "", -1


_BOTH_BEFORE = re.compile(r"\b(?:bilat(?:eral(?:ly)?)?|b/l)\b", re.IGNORECASE)
BOTH_BEFORE_CHARS = len("bilaterally")  # its longest match (in characters, whatever the case folding)
_BOTH_WORDS = ("bilat", "b/l")
# ... but not across a clause of its own, opened by ", and the" / ", but the" and its subject: "the surgery ... is in
# effect a bilateral mastectomy, and the DCIS has been removed with clear margins" (the DCIS named above, one breast's)
# Only where that clause is one breast's: its subject the finding itself, a few words of its own before it at most
# ("the DCIS", "the invasive carcinoma"), or a single sampling ("and the ultrasound-guided core biopsy showed", "and her
# stereotactic core biopsy shows"), or a side named after the finding in the sentence ("and this showed a 14 mm simple
# cyst ... in the left breast"); not where the subject points back to the bilateral specimens ("and their sections
# show", "and this shows multiple small fibroadenomas", "and the sections show")
# The finding and the sampling must be singular: a plural finding ("and the fibroadenomas measure 3 and 5 mm", "and her
# core biopsy showed fibroadenomas", _PLURAL_FINDING) or sampling ("and her core biopsies showed") may be both
# breasts'; and nothing after the finding in its clause reaches back to both ("and the LCIS is present in both
# specimens", "in each breast", "bilaterally": _BOTH_IN_CLAUSE)
_NEW_CLAUSE_SUBJECT = re.compile(r",\s+(?:and|but)\s+(?:the|this|that|her|his)\s+", re.IGNORECASE)
_NEW_CLAUSE_OWN_WORDS = re.compile(r"(?:(?!(?:shows?|showed|showing|is|was|are|were|has|have|had|contains?|reveal\w*|"
                                   r"demonstrat\w*)\b)[\w/-]+\s+){0,2}", re.IGNORECASE)
_NEW_CLAUSE_SAMPLING = re.compile(r"(?!(?:sections?|specimens?|histology|tissues?|slides?|both|all)\b)"
                                  r"(?:[\w/-]+\s+){0,3}?(?:core|biopsy|fna|aspirate|aspiration)\b(?!\s+biopsies\b)",
                                  re.IGNORECASE)
_PLURAL_FINDING = re.compile(r"(?<![is])(?<!phyllode)s\Z", re.IGNORECASE)
_MENTION_WORD = re.compile(r"[\w-]{1,40}")  # (the mention's word, where its end is not given)
_BOTH_IN_CLAUSE = re.compile(r"[^.;]{0,160}?\b(?:both|each|bilateral(?:ly)?|bilat|b/l)\b", re.IGNORECASE)
_BOTH_AFTER = re.compile(r"[^.;,\n]{0,12}?\b(?:bilateral(?:ly)?|bilat|both\s+sides|in\s+both\s+breasts)\b",
                         re.IGNORECASE)


_ORGAN_NEAR = re.compile(
    r"\b(?:colorectal|colonic|gastric|gastrointestinal|pulmonary|lung|thyroid|ovarian|tubo-ovarian|endometrial|"
    # ("cervical cancer", "bowel cancer": another organ's cancer, the patient's or a relative's)
    r"renal|hepatic|pancreatic|cutaneous|urothelial|prostatic|cervical|uterine|bowel|rectal|bladder)\b[^.;:]{0,25}$"
    # (an organ's noun right before the mention: "her father's prostate cancer"; not "colon", dictation's
    # spoken punctuation)
    r"|\b(?:prostate|kidney|liver|stomach|pancreas|ovary)[ \t]+$"
    # (a non-melanoma skin cancer named by its class: "non-melanoma skin cancer that is completely excised")
    r"|\bnon-?[ \t]?melanoma[ \t]+skin[ \t]+$", re.IGNORECASE,
)
# the metastasis word right before the organ adjective (a subtype word between them: "metastatic clear cell renal ..."),
# opening the statement itself: right after the descriptor's colon (or a dash, a list letter or number) or at the line's
# start; never inside a clause after other words ("Fibroadenoma; in a patient with metastatic renal cell carcinoma",
# "background of metastatic ...", "differential includes metastatic ...": the patient's known disease or a hedge)
_METASTASIS_PRIMARY = re.compile(r"(?:^|:)[ \t]*(?:[-\u2013\u2014][ \t]*)?(?:[A-Za-z0-9][.)][ \t]*)?"
                                 r"metastatic[ \t]+(?:(?:clear[ \t]+cell|papillary|serous|follicular)[ \t]+)?\Z",
                                 re.IGNORECASE | re.MULTILINE)
_ORIGIN_AFTER = re.compile(r"^[^.;#]{0,40}?\bof\s+(?P<organ>[a-z-]+)\s+origin\b", re.IGNORECASE)
# A French mention of an organ's own tumour names the organ after it ("fibroadénome de l'ovaire gauche", "adénofibrome
# séreux de l'ovaire", "adénofibrome de l'endomètre"): another organ's specimen when nothing of the specimen names its
# site, also in a report that names the breast elsewhere (_names_other_organ_after; a breast specimen's "métastase
# d'un carcinome du poumon" is a metastasis in the breast; "carcinome canalaire infiltrant du sein gauche" changes
# nothing; a lumpectomy's "fibroadénome de la face interne" is the breast's); at most two words between, no
# punctuation. Only French organ nouns that are no word of the
# breast's own report in another language: not "face" (a side of the specimen, "face profonde") nor "sternum" ("en
# regard du sternum", where the tumour lies), nor "colon" or "pancreas" without their French accents
_FRENCH_ORGAN_OF = re.compile(r"(?:[ \t]+[^\W\d_]+){0,2}?[ \t]+(?:de[ \t]+l['’][ \t]?|du[ \t]+|de[ \t]+la[ \t]+)"
                              r"(?i:ovaires?|ut[ée]rus|endom[èe]tre|trompes?|col[ \t]+ut[ée]rin|poumons?|foie|estomac|"
                              r"côlon|thyro[ïi]de|pancréas|vessie)(?!\w)")
# (the gate admits every match: any spacing between "de"/"du" and the next word)
_FRENCH_ORGAN_OF_WORDS = ("de", "du")
# ("métastase d'un carcinome du poumon", "metastatic"; a look-ahead for _match_within)
_METASTASIS_WORD_AT = re.compile(r"(?=(m[ée]tasta))", re.IGNORECASE)
# Words every match of _ORGAN_NEAR / _ORIGIN_AFTER contains: a report without them skips those per-mention scans.
_ORGAN_NEAR_WORDS = ("colorectal", "colonic", "gastric", "gastrointestinal", "pulmonary", "lung", "thyroid", "ovarian",
                     "endometrial", "renal", "hepatic", "pancreatic", "cutaneous", "urothelial", "prostat", "cervical",
                     "uterine", "bowel", "rectal", "bladder", "kidney", "liver", "stomach", "pancreas", "ovary",
                     "melanoma")
_ORIGIN_WORDS = ("origin",)
# "Metastasis of invasive lobular carcinoma of the mammary gland to the left ovary": the specimen is the ovary
_METASTASIS_TO = re.compile(r"^[^.;#]{0,60}?\bto\s+the\s+(?:(?:left|right)\s+)?(?P<organ>ovary|ovaries|lung|lungs|liver|"
                            r"bone|brain|stomach|colon|skin|pleura|peritoneum|adrenal|uterus|endometrium)\b", re.IGNORECASE)
_METASTASIS_WORDS = ("metasta",)
# "Metastatic carcinoma, consistent with breast origin" (lung wedge, liver core): a metastasis FROM the
# breast, so the specimen is another organ's; a breast specimen's own carcinoma is never called that
_FROM_BREAST = re.compile(r"^[\s,]{0,3}(?:(?:most\s+)?(?:consistent|compatible)\s+with|suggestive\s+of|in\s+keeping\s+with|"
                          r"of|from)\s+(?:an?\s+)?(?:known\s+|prior\s+|primary\s+)?(?:breast|mammary)\s+(?:origin|primary)\b",
                          re.IGNORECASE)
# ... also said after the markers that show it, later in the metastasis's sentence ("metastasis of an adenocarcinoma;
# GATA3 and ER positive, TTF-1 and CK20 negative, consistent with a breast primary"): the breast-origin clause after a
# comma or semicolon, before the sentence's full stop
_FROM_BREAST_LATER = re.compile(r"[^.]{0,240}?[,;]\s*(?:(?:most\s+)?(?:consistent|compatible)\s+with|"
                                r"suggestive\s+of|in\s+keeping\s+with)\s+(?:an?\s+)?(?:known\s+|primary\s+)?"
                                r"(?:breast|mammary)\s+(?:origin|primary)\b", re.IGNORECASE)
FROM_BREAST_LATER_CHARS = 240


def _site(s: Structure, desc: str, desc_at: int, part: Part | None, start: int, end: int, unit: tuple[int, int],
          section: Section | None) -> str:
    """The specimen site of a mention: an organ said with the mention ("colorectal
    adenocarcinoma", "carcinoma ... of colorectal origin"), else its descriptor, the header line
    above, its part, the report."""
    near = _ORGAN_NEAR.search(s.norm, max(unit[0], start - 40), start) if s.may_contain(_ORGAN_NEAR_WORDS) else None
    if near is not None and desc and _METASTASIS_PRIMARY.search(s.norm, max(unit[0], near.start() - 40), near.start()) \
            and site_in(s.norm, desc_at, desc_at + len(desc)) == BREAST:
        near = None  # a breast specimen's "metastatic clear cell renal cell carcinoma": the organ names the primary
    origin = _ORIGIN_AFTER.match(s.masked_tail(end, unit[1])) if s.may_contain(_ORIGIN_WORDS) else None
    # "of breast origin" names the tumour's origin, not the specimen's site
    if near is not None or (origin is not None and origin.group("organ").lower() not in ("breast", "mammary")):
        return OTHER_ORGAN
    site = site_in(s.norm, desc_at, desc_at + len(desc)) if desc else UNKNOWN  # (site_of(desc), searched in place)
    if s.may_contain(_METASTASIS_WORDS) and "metasta" in s.norm[max(unit[0], start - 40) : start].lower() and (
            _METASTASIS_TO.match(s.masked_tail(end, unit[1]))
            or site != BREAST and (_FROM_BREAST.match(s.masked_tail(end, unit[1])) or _FROM_BREAST_LATER.match(
                s.norm, end, min(unit[1], end + FROM_BREAST_LATER_CHARS)))):
        return OTHER_ORGAN
    if site == UNKNOWN:
        # (never above the mention's own part: "... zero of one / part b right breast lumpectomy invasive ...")
        lo = max(section.start if section is not None else 0, part.start if part is not None else 0)
        site = site_of(s.statement_descriptor(start, lo, bool(desc)))
        if (site == UNKNOWN or not s.statement_descriptor_heads(start, lo, bool(desc))) \
                and _names_other_organ_after(s, start, end, unit):
            # ("CONCLUSION: Fibroadénome de l'ovaire gauche."; "Antécédent: adénofibrome de l'utérus" below a breast
            # core's finding line; a header line above, "Sein droit, microbiopsie:", still gives the breast)
            return OTHER_ORGAN
    if site == UNKNOWN and part is not None:
        site = part.site
    return s.report_site if site == UNKNOWN else site


# How far back in its statement a French organ mention looks for the breast named before it ("Sein droit: carcinome
# canalaire infiltrant, adénofibrome de l'utérus"): a statement's reach, so that a unit of thousands of such mentions
# (a report flattened onto one line) is read in linear time, not each mention back to the unit's start
ORGAN_STATEMENT_BREAST_CHARS = 400


def _names_other_organ_after(s: Structure, start: int, end: int, unit: tuple[int, int]) -> bool:
    """True when a mention whose own descriptor names no site names another organ straight after it in French
    (_FRENCH_ORGAN_OF: "adénofibrome de l'utérus"). The organ is the mention's own site, before another finding's
    line above, the part or the report: a breast report's "Antécédent: adénofibrome de l'utérus opéré" below its
    "Microbiopsie du sein gauche: carcinome ..." line is the uterus's. Not where the mention's own statement names the
    breast before it, within ``ORGAN_STATEMENT_BREAST_CHARS`` ("Sein droit: carcinome canalaire infiltrant,
    adénofibrome de l'utérus" stays the breast's),
    nor after a metastasis word (a breast specimen's "métastase d'un carcinome du poumon" names its primary's organ)."""
    if not s.may_contain(_FRENCH_ORGAN_OF_WORDS) or _FRENCH_ORGAN_OF.match(s.norm, end, unit[1]) is None:
        return False
    return not _match_within(_METASTASIS_WORD_AT, s.norm, unit[0], start) and not names_breast(
        s.norm[max(unit[0], start - ORGAN_STATEMENT_BREAST_CHARS) : start])


# A part named in running text: "part A:", "specimen 2:", or a part letter after a heading's colon or a
# full stop ("Microscopic: A. Invasive carcinoma. B. Benign tissue", also with its bracket: "A) IDC. B) Fibroadenoma").
# Also a bracketed letter within a line that answers per part ("Category: (A) [X] Malignant   (B) [X] Benign neoplasm").
_INLINE_PART = re.compile(r"\b(?:part|specimen)\s+(?P<l>[A-H]|\d{1,2})\s*[:.)]"
                          r"|(?:(?<=[:.])[ \t]*|^[ \t]*)(?P<l2>[A-H])[.)][ \t]+(?=[A-Z])"
                          r"|(?<=[ \t])\((?P<l3>(?-i:[A-H]))\)[ \t]+(?=\S)", re.IGNORECASE | re.MULTILINE)


def _last_inline_part_label(s: Structure, begin: int, start: int) -> str | None:
    """The label (upper-cased) of the specimen part last named in running text between begin and start."""
    # (to start + 1: its lookahead reads the mention's first letter)
    last = next(iter(deque(_INLINE_PART.finditer(s.norm, begin, start + 1), maxlen=1)), None)
    return None if last is None else (last.group("l") or last.group("l2") or last.group("l3")).upper()


def inline_part(s: Structure, part: Part, start: int) -> Part:
    """The part that running text names last before ``start`` on its own line ("(A) [X] Malignant   (B) [X] Benign
    neoplasm": each answer is its part's), its nearest listing above; else ``part``, the one it is printed in."""
    label = _last_inline_part_label(s, s.norm.rfind("\n", 0, start) + 1, start)
    if label is None or label == part.label.upper():
        return part
    # (a report lists its parts again under each heading: the listing nearest above is the one meant)
    return next((p for p in reversed(s.parts) if p.start < start and p.label.upper() == label), part)


def _inline_part_side(s: Structure, begin: int, start: int) -> str | None:
    """The side of the specimen part last named in running text between begin and start."""
    label = _last_inline_part_label(s, begin, start)
    if label is None:
        return None
    named = {p.laterality for p in s.parts if p.label.upper() == label and p.laterality is not None}
    return named.pop() if len(named) == 1 else None


# A block of one part named in the running text before a mention ("Further levels on block B1 were examined at the
# request of the MDT: flat epithelial atypia only"): the block's letter is its part's. Accepted only as "block(s)"
# and one part letter with the block's number, within BLOCK_REACH characters before the mention in its sentence;
# blocks of two parts, or words of another case's blocks there (_OTHER_CASE_BLOCK), give no side. The whole list
# after one "blocks" is read ("blocks A2 and B1", "blocks A2, B1", "blocks A2/B1", "blocks A2-A4"): a side only where
# every block of it is written with the same part letter (a block with a number only, "blocks A2 and 3", gives none)
_BLOCK_ITEM = r"[A-Za-z]?\d{1,2}"
_BLOCK_OF_PART = re.compile(r"\bblocks?[ \t]+(?P<list>" + _BLOCK_ITEM + r"(?:(?:[ \t]*[,/&-][ \t]*(?:(?:and|to)[ \t]+)?"
                            r"|[ \t]+(?:and|to)[ \t]+)" + _BLOCK_ITEM + r")*)\b", re.IGNORECASE)
_BLOCK_LIST_ITEM = re.compile(_BLOCK_ITEM)
_PART_BLOCK = re.compile(r"[A-H]\d{1,2}")  # (case-sensitive: a part letter, then the block's number)
_OTHER_CASE_BLOCK = re.compile(r"\b(?:outside|referr\w*|external|previous|prior|earlier|another|other\s+case)\b",
                               re.IGNORECASE)
BLOCK_REACH = 160  # (a sentence's reach: a unit of thousands of such sentences is read in linear time)
_BLOCK_WORDS = ("block",)  # (every _BLOCK_OF_PART match contains it: a report without it skips the search)


def _block_part_side(s: Structure, begin: int, start: int) -> str | None:
    """The side of the one part whose block the sentence names between begin and start (_BLOCK_OF_PART), at most
    BLOCK_REACH characters before the mention."""
    begin = max(begin, start - BLOCK_REACH)
    items = [item for m in _BLOCK_OF_PART.finditer(s.norm, begin, start)
             for item in _BLOCK_LIST_ITEM.findall(m.group("list"))]
    labels = {item[0] for item in items}
    if (len(labels) != 1 or not all(_PART_BLOCK.fullmatch(item) for item in items)
            or _OTHER_CASE_BLOCK.search(s.norm, begin, start) is not None):
        return None
    label = labels.pop()
    named = {p.laterality for p in s.parts if p.label.upper() == label and p.laterality is not None}
    return named.pop() if len(named) == 1 else None


def _inline_other_part(s: Structure, part: Part, start: int) -> bool:
    """The running text names another part letter between the part's start and the mention, one no listed part
    gives a side."""
    label = _last_inline_part_label(s, part.start, start)
    return (label is not None and label != part.label.upper()
            and not any(p.label.upper() == label and p.laterality for p in s.parts))


# A conclusion that numbers its findings inline, under a specimen line numbered the same way ("Material: 1) left
# breast, core; 2) right breast, core." over "Conclusion: 1) invasive carcinoma ...; IHC is performed. 2) lobular
# neoplasia ..."): the finding under item N is specimen N's, whose side the specimen line names. An item number opens
# its line or follows a colon, semicolon or full stop ("G2)" or "(2 cores)" are none).
_INLINE_ITEM = re.compile(r"(?:^|(?<=[:;.]))[ \t]*(?P<n>[1-9])\)[ \t]", re.MULTILINE)
# (a translation's "mammary gland" too: "1) правая молочная железа [right mammary gland, sectoral resection]")
_BREAST_ITEM = re.compile(r"\b(?:breast|mammary\s+gland)\b(?![^;\n]{0,40}\b(?:lymph|nodes?|axill\w*)\b)", re.IGNORECASE)
_SPECIMEN_LIST_NAME = re.compile(r"(?:specimens?|materials?)(?:\s+(?:submitted|received))?", re.IGNORECASE)


# ... but not items a heading above them, or the section's qualifier, already places ("Conclusion (right breast):",
# "Right breast (1):" over "1) invasive carcinoma; 2) DCIS"): there the numbers count the findings of one specimen,
# not the specimens, and the items are that heading's side; where the heading names the specimen by its number alone
# ("Conclusion (specimen 1): 1) ...; 2) ...", "Conclusion: specimen 2: 1) ..."), every item is that specimen's
# (a core or block heading names its specimen by number too: "Core 1:" over "1) invasive carcinoma; 2) DCIS")
_SPECIMEN_WORD = re.compile(r"\b(?:specimens?|parts?|samples?)\b(?:[ \t]+(?:no\.?[ \t]*)?(?P<n>[1-9])\b)?|"
                            r"\b(?:cores?|blocks?)[ \t]+(?:no\.?[ \t]*)?(?P<c>[1-9])\b", re.IGNORECASE)
_LINE_ITEM = re.compile(r"[ \t]*[1-9]\)[ \t]")


def _heading_above_items(s: Structure, start: int, first_item: int) -> tuple[bool, frozenset[str], str | None]:
    """Whether the section of the mention at ``start`` names a side or a specimen above its numbered items (in its
    heading, in a line between that is no item of its own, or before the first item on the mention's line); with the
    sides and the specimen number the nearest such heading names."""
    sec = s.section_at(start)
    if sec is None:
        return False, frozenset(), None
    line_start = s.norm.rfind("\n", 0, first_item) + 1
    headed, sides, number = False, frozenset(), None
    a = min(sec.start, line_start)  # (a heading inline on the mention's line: that line's lead before its items)
    while a <= line_start:
        b = first_item if a == line_start else s.norm.find("\n", a, line_start)
        if _LINE_ITEM.match(s.norm, a, b) is None:
            named = frozenset(m.side for m in s.sides.sides_in(a, b))
            numbers = [m.group("n") or m.group("c") for m in _SPECIMEN_WORD.finditer(s.norm, a, b)]
            if named or numbers:
                headed, sides, number = True, named, numbers[-1] if numbers else None
        a = b + 1
    return headed, sides, number


def _top_level_item(s: Structure, start: int, item: re.Match[str]) -> str:
    """The number of the top-level item the mention at ``start`` is in, ``item`` the nearest number before it: the
    section's items count 1, 2, ... up to it, and a number that does not go on from the last (a list restarting
    inside an item: "2) Invasive carcinoma NST, with: 1) DCIS; 2) LVI") numbers that item's findings, not the
    specimens."""
    sec = s.section_at(start)
    top = 0
    for m in _INLINE_ITEM.finditer(s.norm, sec.start if sec is not None else item.start(), item.end()):
        if int(m.group("n")) == top + 1:
            top += 1
    return str(top) if top else item.group("n")


# A specimen item's own words up to the next item or the line's end, which name its side ("2) left mammary gland")
_ITEM_WORDS = re.compile(r"[^;\n]*")
_ITEM_SIDE = re.compile(rf"\b{_SIDE_WORD}{_SIDE_WORD_END}", re.IGNORECASE)


@lru_cache(maxsize=32)  # (once per numbered mention of a list, _numbered_item_side; keyed on the whole text: few held)
def _run_in_list_end(norm: str, start: int, end: int) -> int:
    """Where the run-in list of a specimen line that starts at ``start`` ends: its line's end, or the end of the lines
    it wraps onto, none of which opens an item of its own ("1) right mammary gland, sectoral\nresection]; 2) left
    ..."); -1 when it runs to ``end``. A wrapped line goes on with the list only where its first item is the list's
    next number and names a side: a second numbered list on it ("fixation time: 1) 8 h; 2) 30 h") is another field's."""
    line_end = norm.find("\n", start, end)
    numbers = [int(m.group("n")) for m in _INLINE_ITEM.finditer(norm, start, end if line_end < 0 else line_end)]
    while line_end >= 0 and numbers and _LINE_ITEM.match(norm, line_end + 1) is None and norm[line_end + 1 : end].strip():
        nxt = norm.find("\n", line_end + 1, end)
        line = list(_INLINE_ITEM.finditer(norm, line_end + 1, end if nxt < 0 else nxt))
        if not line or int(line[0].group("n")) != numbers[-1] + 1 or not _ITEM_SIDE.search(
                norm, line[0].end(), _ITEM_WORDS.match(norm, line[0].end()).end()):
            break  # (a wrapped line goes on only where it carries the list's next item)
        numbers += [int(m.group("n")) for m in line]
        line_end = nxt
    return line_end


def _numbered_item_side(s: Structure, start: int) -> str | None:
    """The side of the specimen whose number heads the item a mention is in, on its line (see _INLINE_ITEM): the
    report's specimen line (a history section named "Specimen(s)" or "Material(s)", above the mention) must list that
    number among two or more and name one side in that item; else None."""
    line_start = s.norm.rfind("\n", 0, start) + 1
    if s.norm.find(")", line_start, start) < 0:
        return None  # (no item number before the mention on its line: most mentions are spared the scans)
    items = list(_INLINE_ITEM.finditer(s.norm, line_start, start))
    if not items or _SPECIMEN_WORD.search(s.norm, items[-1].end(), start) is not None or s.sides.sides_in(
            items[-1].end(), start):
        # (none, or the mention follows a specimen or a side of its own: "2) DCIS. Specimen 1: fibroadenoma", "2) DCIS.
        # Left breast core: fibroadenoma"; the reading nearest it places it)
        return None
    headed, sides, number = _heading_above_items(s, start, items[0].start())
    if headed and sides:
        return next(iter(sides)) if len(sides) == 1 else None
    if headed and number is None:
        return None
    number = number or _top_level_item(s, start, items[-1])
    for sec in s.sections:
        if sec.start >= line_start or sec.role != HISTORY or not _SPECIMEN_LIST_NAME.fullmatch(sec.name.strip()):
            continue
        list_end = _run_in_list_end(s.norm, sec.heading_end, sec.end)
        listed = list(_INLINE_ITEM.finditer(s.norm, sec.heading_end, sec.end if list_end < 0 else list_end))
        numbers = [m.group("n") for m in listed]
        if len(numbers) < 2 or numbers.count(number) != 1:
            continue
        k = numbers.index(number)
        item_end = listed[k + 1].start() if k + 1 < len(listed) else (sec.end if list_end < 0 else list_end)
        sides = {m.side for m in s.sides.sides_in(listed[k].end(), item_end)}
        # (a breast specimen only: an item naming a lymph node or the axilla gives its finding no breast's side)
        if len(sides) == 1 and _BREAST_ITEM.search(s.norm, listed[k].end(), item_end) is not None:
            return sides.pop()
    return None


# a side letter or word in brackets right after a term ("fibroadenoma (L)", "IDC (right)"): the term's own side,
# whatever side an earlier item of its line named ("outcome: malignant (R) / benign (L)")
_BRACKETED_SIDE_AFTER = re.compile(r"[ \t]*\((?P<side>[LR]|(?i:left|right))\)")


# A sentence that says only that one breast is normal ("Right breast normal.", "The left breast is unremarkable.") names a
# breast with nothing found in it: an unsided finding after it takes the side named before it ("... lump of the left
# breast ... Right breast normal. / Ultrasound 01/2026: 4 cm cyst ..." is the left's)
# (also behind its item number, with the axilla, by its letter or as unaffected: "R breast and axilla normal.", "4.2 The
# left breast has not been affected.", "Left breast unaffected."; a sentence saying more, "Left breast not affected by
# the cancer", "R breast and axilla: node 1 cm", is no such sentence)
# (also by its abbreviation and as a field's value, "Lt breast normal.", "Left breast: normal.")
_NORMAL_BREAST_SENTENCE = re.compile(r"[ \t]*(?:" + ITEM_NUMBER + r")?(?:the[ \t]+)?(?:left|right|[LR]t?\.?)[ \t]+"
                                     r"breast(?:[ \t]+and[ \t]+axilla)?(?:[ \t]*:)?[ \t]+(?:(?:is|was|are|were)[ \t]+)?"
                                     r"(?:clinically[ \t]+)?(?:normal|unremarkable|unaffected"
                                     r"|(?:(?:has|have)[ \t]+)?not[ \t]+(?:been[ \t]+)?affected)[ \t]*\.?[ \t]*",
                                     re.IGNORECASE)
_NORMAL_BREAST_SKIPS = 2  # such sentences passed over, at most
# ... but not to a breast no longer there: the earlier side's sentence naming its removal or reconstruction ("left
# mastectomy and DIEP flap reconstruction 2021. Right breast normal." over a screen-detected mass: the right's)
_BREAST_REMOVED = re.compile(r"\b(?:mastectom\w*|(?:diep|tram|ld|latissimus(?:[ \t]+dorsi)?)[ \t]+flap|reconstruct\w*|"
                             r"implants?|chest[ \t]+wall)\b", re.IGNORECASE)


# ... nor where the finding is one the examination cannot find: a normal breast (to the hand) may hold a screen-detected
# or impalpable lesion ("L breast lump 3 cm. R breast and axilla normal." over "Screen-detected 8 mm mass; core:
# invasive carcinoma": the normal sentence's side stands, as before the skip)
_IMPALPABLE_FINDING = re.compile(r"\b(?:screen(?:ing)?[ \t-]*detected|impalpable|non-?[ \t]?palpable|not[ \t]+palpable"
                                 r"|(?:clinically|mammographically)[ \t]+occult)\b", re.IGNORECASE)


def _nearest_before(s: Structure, index: SideIndex, start: int, lo: int = 0) -> str | None:
    """The side named nearest before ``start`` (from ``lo`` on), past a sentence that only says that breast is normal
    (_NORMAL_BREAST_SENTENCE) where a side is named before that sentence and the finding is no screen-detected or
    impalpable one (_IMPALPABLE_FINDING, from the normal sentence to the end of the finding's own); None where no side
    is named before."""
    i = bisect.bisect_left(index.starts, start) - 1
    if i < 0 or index.starts[i] < lo:
        return None
    for k in range(i, max(-1, i - _NORMAL_BREAST_SKIPS - 1), -1):
        if index.starts[k] < lo:
            break
        unit = s.unit_at(index.mentions[k].start)
        if _NORMAL_BREAST_SENTENCE.fullmatch(s.norm, unit[0], unit[1]) is None:
            if k < i and _BREAST_REMOVED.search(s.norm, unit[0], unit[1]) is not None:
                break  # (the breast passed over to was removed: the normal sentence's side stands)
            return index.mentions[k].side
        if k == i and _IMPALPABLE_FINDING.search(s.norm, unit[1], max(unit[1], s.unit_at(start)[1])) is not None:
            break  # (a lesion the examination cannot find: the normal breast's side stands)
    return index.mentions[i].side


def _postposed_clause_side(s: Structure, start: int, unit: tuple[int, int], end: int, benign: bool = False
                           ) -> str | None:
    """The side written right after the mention in its own ";" clause, none before it there ("DCIS venstre bryst;
    benign radial scar høyre bryst"): a language that puts the side after its finding gives each clause its own
    (``benign``: the mention is a benign finding, whose clause an "opéré" may close)."""
    clause_start = s.norm.rfind(";", unit[0], start) + 1
    clause_end = s.norm.find(";", end, unit[1])
    clause_end = unit[1] if clause_end < 0 else clause_end
    if s.sides.sides_in(clause_start, start):
        return None
    after = s.sides.sides_in(end, clause_end)
    if after and _SIDE_GAP.fullmatch(s.norm, end, after[0].start):
        return after[0].side
    if not after or not _BLANKS.fullmatch(s.norm, clause_start, start):
        return None  # (the Romance gap: only for the finding that opens its clause, "; kyste simple du sein gauche")
    side_at = after[0].start
    reach = min(clause_end, side_at + ROMANCE_CLAUSE_CHARS)
    if not _ROMANCE_SIDE_GAP.fullmatch(s.norm, end, side_at) or _ROMANCE_EXCLUDED.search(s.norm, side_at, reach):
        return None
    # (the participle closing the clause right after the side is the excised benign lesion's, no history: "adénofibrome
    # du sein droit opéré."; a cancer "du sein droit opéré." is a treated one, history as before)
    operated = _ROMANCE_OPERATED_AFTER.match(s.norm, side_at, reach) if benign else None
    cut = (operated.start("p"), operated.end("p")) if operated is not None else (reach, reach)
    if (_ROMANCE_HISTORY.search(s.norm, clause_start, cut[0]) is None
            and _ROMANCE_HISTORY.search(s.norm, cut[1], reach) is None):
        return after[0].side
    return None


def _one_breast_clause(s: Structure, after: int, start: int, end: int | None, unit_end: int) -> bool:
    """A clause of its own opened between a bilateral word ending at ``after`` and the mention at ``start`` (ending at
    ``end``), one breast's (_NEW_CLAUSE_SUBJECT): the bilateral word does not reach the mention."""
    clause = None
    for found in _NEW_CLAUSE_SUBJECT.finditer(s.norm, after, start):
        clause = found  # (the last one before the mention)
    if clause is None or _BOTH_IN_CLAUSE.match(s.norm, start, unit_end) is not None:
        return False
    if s.sides.sides_in(start, unit_end):
        return True
    if end is None:
        word = _MENTION_WORD.match(s.norm, start)
        end = word.end() if word else start
    if _PLURAL_FINDING.search(s.norm, start, end) is not None:
        return False
    return (_NEW_CLAUSE_OWN_WORDS.fullmatch(s.norm, clause.end(), start) is not None
            or _NEW_CLAUSE_SAMPLING.match(s.norm, clause.end(), start) is not None)


def _last_bilateral_word_end(norm: str, lo: int, hi: int) -> int:
    """The end of the last match of ``_BOTH_BEFORE.finditer(norm, lo, hi)``, or -1: read off the report's own list
    (:func:`_finditer_spans`), as each mention asks it of its unit up to itself (a scan per mention is quadratic in a
    long unit). Its matches are whole words that cannot overlap, so a scan from ``lo`` finds the listed ones from there;
    those ending by ``hi`` are the slice's too, and only one ending at ``hi`` may be the slice's alone ("bilat" of a
    "bilaterally" cut there, a word boundary at ``hi`` in the slice): the last few characters are scanned themselves."""
    tail_from = max(lo, hi - BOTH_BEFORE_CHARS)
    tail = list(_BOTH_BEFORE.finditer(norm, tail_from, hi))
    if tail:
        return tail[-1].end()
    starts, ends = _finditer_spans(_BOTH_BEFORE, norm)
    i = bisect.bisect_left(starts, tail_from) - 1  # (the last listed match starting before the scanned tail)
    return ends[i] if i >= 0 and starts[i] >= lo and ends[i] <= hi else -1


def _bilateral_descriptor(s: Structure, desc: str, desc_at: int) -> bool:
    """``bilateral(desc)`` for the descriptor ``desc``, read at ``desc_at`` in the report: searched from the first place
    one of its words starts inside it (:data:`BILATERAL_WORD_AT`, listed once a report), none where there is none; a
    descriptor as long as its unit (a dictation's statements joined by dashes) is then no search per mention."""
    if desc_at < 0:
        return bilateral(desc)
    at = _first_match_within(BILATERAL_WORD_AT, s.norm, desc_at, desc_at + len(desc))
    return at >= 0 and bilateral(desc, at - desc_at)


def sides_of_mention(s: Structure, start: int, unit: tuple[int, int], desc: str, desc_at: int, part: Part | None,
                     section: Section | None, end: int | None = None, *, past_both: bool = False,
                     benign: bool = False) -> frozenset[str]:
    """The breast(s) a mention belongs to (see nlp.pathology docstring for the order of evidence); ``past_both``: a
    bilateral word before it was stopped by a clause of one breast's own (_one_breast_clause); ``benign``: the mention
    is a benign finding (_postposed_clause_side)."""
    index = s.sides
    if desc and _bilateral_descriptor(s, desc, desc_at):
        named = {m.side for m in index.sides_in(desc_at, desc_at + len(desc))} if desc_at >= 0 else set()
        if len(named) != 1:
            return frozenset(SIDES)
    if s.may_contain(_BOTH_WORDS):
        # "B/L FIBROADENOMAS (R x2, L x1)", "Diagnosis bilat reduction mammoplasty, fibroadenomas": a
        # bilateral word before the mention in its sentence, no side named between them
        both_end = _last_bilateral_word_end(s.norm, unit[0], start)
        if both_end >= 0 and not index.sides_in(both_end, start) and not past_both:
            if not _one_breast_clause(s, both_end, start, end, unit[1]):
                return frozenset(SIDES)
            # (one breast's clause: the finding takes its side from the other evidence; where it finds none, the
            # bilateral word still reaches it, rather than the finding labelling no breast)
            return sides_of_mention(s, start, unit, desc, desc_at, part, section, end, past_both=True,
                                    benign=benign) or frozenset(SIDES)
    if end is not None and s.norm.startswith("(", end + 1) or end is not None and s.norm.startswith("(", end):
        # "FIBROADENOMAS (R x1, 4 mm; L x2, 3 and 6 mm)": the aside names both sides
        close = s.norm.find(")", end, min(unit[1], end + 80))
        if close > 0 and {m.side for m in index.sides_in(end, close)} == set(SIDES):
            return frozenset(SIDES)
    side = (_postposed_clause_side(s, start, unit, end, benign)
            if end is not None and s.norm.find(";", unit[0], start) >= 0 else None)  # (searched in place: no copy)
    if side is None and end is not None and (after := _BRACKETED_SIDE_AFTER.match(s.norm, end, unit[1])):
        side = after.group("side")[0].upper()  # "C-INV (R) / B-FA (L)": a side in brackets right after the term is its own
    side = side or index.nearest(unit[0], unit[1], start)
    if side is not None:
        return frozenset((side,))
    if part is None and s.parts:
        # a part named inside running text ("Microscopic: A. Invasive carcinoma ... B. Benign breast
        # tissue", "PRELIMINARY  PART A: INVASIVE CARCINOMA") speaks of that part, whose side its
        # specimen line names
        # (from the section's heading: "SYNOPTIC (PART A):" heads the fields below it)
        head = section if section is None or section.order < 0 else s.first_section_of(section.order) or section
        side = _inline_part_side(s, head.start if head is not None else s.norm.rfind("\n", 0, start) + 1, start)
        if side is None and s.may_contain(_BLOCK_WORDS):
            side = _block_part_side(s, unit[0], start)  # ("Further levels on block B1 ...: flat epithelial atypia")
        if side is not None:
            return frozenset((side,))
    if section is not None and section.heading_end > section.start and s.parts:
        # a section headed after one part ("SYNOPTIC (PART A):", "Synoptic report, specimen 2:") speaks
        # of that part, wherever it is printed
        ref = _PART_REFERENCE.search(s.norm, section.start, section.heading_end)
        label = ref and (ref.group("l") or ref.group("l2") or "").upper()
        named = [p for p in s.parts if label and p.label.upper() == label and p.laterality is not None]
        # (a sided part of another letter printed under it keeps its own side: "AMENDED DIAGNOSIS, PART B:" over
        # "PART A UNCHANGED: A. Right breast, core: fibroadenoma")
        if named and (part is None or part.laterality is None or part.label.upper() == label):
            return frozenset((named[0].laterality,))
    if _BOTH_AFTER.match(s.norm, end if end is not None else start, unit[1]):
        return frozenset(SIDES)
    line_start = s.norm.rfind("\n", 0, start) + 1
    if line_start < unit[0]:
        # the side that heads the mention's line ("R 12 o'c (P26.1): B3. Intraduct papilloma")
        side = index.nearest(line_start, unit[0], unit[0])
        if side is not None:
            return frozenset((side,))
    quote = _open_quote(s.norm, line_start, unit[0])
    if quote >= 0:
        # a report quoted over several lines ('"Left breast cyst aspirate: ... no atypical cells. Consistent
        # with a benign cyst."'): the side that opens the quotation heads every sentence inside it, before
        # the field line the quotation is printed under
        side = index.nearest(quote, unit[0], unit[0])
        if side is not None:
            return frozenset((side,))
    side = _numbered_item_side(s, start)
    if side is not None:
        return frozenset((side,))
    parent = s.parent_sides(start)
    if parent:
        return parent
    head = s.statement_descriptor(start, section.start if section is not None else 0, bool(desc))
    if head and bilateral(head) and (part is None or part.laterality is None):
        # "BREAST TISSUE, BILAT REDUCTION:" above the diagnosis: both breasts (a part under it that
        # names its own side, "(L) 388 g. Fibroadenoma", keeps that side)
        return frozenset(SIDES)
    side = _tested_part_side(s, line_start, start) if s.parts else None
    if side is not None:
        return frozenset((side,))
    if part is not None and part.laterality is not None:
        if _inline_other_part(s, part, start):
            # "A. RIGHT BREAST, CORE: BENIGN TISSUE. B. BREAST (SIDE NOT SPECIFIED), CORE: CARCINOMA": the next part
            # named in the running text is a part of its own, which takes no side from the part before it
            return frozenset()
        return frozenset((part.laterality,))
    if part is not None and part.label in SIDES:
        return frozenset((part.label,))
    if section is not None:
        # (never from another specimen part above: a part's side is its own)
        # (past a sentence saying only that a breast is normal, as below)
        side = _nearest_before(s, index, start, max(section.start, part.start) if part is not None else section.start)
        if side is not None:
            return frozenset((side,))
    n = len(s.norm)
    if s.laterality_unknown or (part is not None and part.site == BREAST and not _MARGIN_NAME.search(part.header)
                                and not _SAME_SIDE_PART.search(part.header)
                                and any(p.laterality for p in s.parts)
                                and index.nearest(0, min(p.start for p in s.parts), 0) is None):
        # (a breast part that names no side, beside parts that do, takes none of theirs: "A. Right breast, core:
        # fibroadenoma. / B. Breast, core: carcinoma"; a margin part is its lumpectomy's, so is a cavity shave or a
        # further excision, and a part "of the same side" or "ipsilateral" is the sided part's; a side named above
        # the parts, in the specimen list or the clinical history, still gives the report its one side)
        return frozenset()
    index = index.off_lines(start)  # ("Core biopsy data:" letters side only their own line's items)
    side = (index.single_side(0, n) or _specimen_side_over_history(s, start) or _nearest_before(s, index, start)
            or index.nearest(0, n, start))
    return frozenset((side,)) if side is not None else frozenset()


# A supplementary report's line on the tests run on one part, by its letter ("Tests requested on A (DCIS, for trial
# eligibility): ER positive", "Stains for part B (IDC): ..."): the entity its aside names is that part's diagnosis.
# Accepted only in that form: the line opens on the test word (one word before it at most: "Myoepithelial markers"),
# the part's letter, a breast part, and an aside of one entity, with a trial's or study's purpose after a comma ("for
# trial eligibility"), then the colon. Refusal lists kept missing wordings ("see B", "(and B as a control)", "(outside
# case ...)", "(pending)"), so any other part's letter, "see", "and" or a word of a test not run today on the line
# gives no part its diagnosis
_TESTED_PART = re.compile(r"(?<![^\n])[ \t]*(?:[a-z][\w-]*[ \t]+)?(?:tests?|stains?|immunostains?|markers?|studies|ihc|ish|fish"
                          r"|er/pr)[ \t]+(?:requested[ \t]+)?(?:on|for)[ \t]+(?:part[ \t]+)?(?P<l>(?-i:[A-H]))[ \t]*"
                          r"\((?P<ent>[^(),;:\n]{1,40})(?:,[ \t]*for[ \t](?P<purpose>[^(),;:\n]{1,40}))?\)[ \t]*:",
                          re.IGNORECASE)
# The aside's purpose, where it has one, is a trial's or study's ("for trial eligibility", "for the POSNOC study"): "to
# exclude", "to rule out" say the entity is what the test looks for, not the part's diagnosis
_TEST_PURPOSE = re.compile(r"\b(?:trials?|eligib\w*|stud(?:y|ies)|sub-?study|research|cohort|enrol\w*)\b", re.IGNORECASE)
# The words on the line that say it is no test of today's part alone: another part, a cross-reference, a control, an
# outside or cancelled, erroneous, pending or conditional test; or that the entity was not found or the test withdrawn
# ("requested by mistake; withdrawn", "negative; A is benign")
_NOT_ONE_PARTS_TEST = re.compile(r"\b(?:see|and|or|outside|cancell?ed|errors?|erroneous\w*|mistaken?|withdrawn|"
                                 r"pending|if|control|negative|benign)\b", re.IGNORECASE)
_LETTER = re.compile(r"(?<![\w/-])[A-H](?![\w/-])")  # (a part's letter, not "E-cadherin" nor "ER/PR")
# Between the part's letter and the mention: a year or a past result ("Studies on A (2019 core) showed DCIS"), or a
# negation: no test of today's diagnosis of that part
_NOT_TODAYS_TEST = re.compile(r"\b(?:(?:19|20)\d\d|showed|revealed|was|were|had|previous(?:ly)?|prior|earlier|not|no)\b",
                              re.IGNORECASE)


def _tested_part_side(s: Structure, line_start: int, start: int) -> str | None:
    """The side of the part whose tests the mention's line names (_TESTED_PART), for the entity named in the line's
    aside ("Tests requested on A (DCIS, for trial eligibility):" -> part A's DCIS), where the letter is a part printed
    above the line that names one side, the line names no other part and no other test (_NOT_ONE_PARTS_TEST), and
    nothing between the letter and the mention tells a past or negated result; else None."""
    m = _TESTED_PART.match(s.norm, line_start)
    if m is None or not m.start("ent") <= start < m.end("ent") or (
            m.group("purpose") is not None and _TEST_PURPOSE.search(m.group("purpose")) is None):
        return None
    line_end = end_of_line(s.norm, line_start)
    if (_NOT_TODAYS_TEST.search(s.norm, m.end("l"), start) is not None
            or _NOT_ONE_PARTS_TEST.search(s.norm, m.end("l"), line_end) is not None
            or any(x.group() != m.group("l") for x in _LETTER.finditer(s.norm, m.end("l"), line_end))):
        return None
    # (the letter must name a breast part: a node's side gives no breast its metastasis)
    named = next((p for p in s.parts if p.label.upper() == m.group("l") and p.start < line_start), None)
    return named.laterality if named is not None and named.laterality and _is_breast_part(named) else None


# The specimen line's heading ("Specimen: Left breast 2 o'clock, US core x3"), and a history sentence that tells an
# earlier disease, dated or named as past ("History of R breast cancer 2015 (WLE + RT).")
_SPECIMEN_HEADING = re.compile(r"specimens?(?:\s+(?:submitted|received|source|description))?", re.IGNORECASE)
# (a relative's disease is never the specimen's: "Family history: sister right breast cancer 2010")
_EARLIER_DISEASE = re.compile(r"\b(?:history\s+of|previous|prior|past|sister|mother|aunt|daughter|grandmother)\b",
                              re.IGNORECASE)
# (a year tells an earlier disease only where it is earlier than a year the report prints outside the sentence, its own
# dates: "Right breast mass, first seen 03/2026" in a report of 2026 names today's lesion; in a report printing no other
# year, only a year dating a treatment: "opposite her 2017 left mastectomy")
_TREATMENT = re.compile(r"\b(?:mastectomy|lumpectomy|quadrantectomy|wle|wide\s+local\s+excision|radiotherapy|"
                        r"chemotherapy)\b", re.IGNORECASE)
# The specimen line's side: a breast side only ("Left breast", "R breast", "right core"), never "left in formalin"
# nor "clip left in situ"
_SPECIMEN_BREAST_SIDE = re.compile(r"\b(?:(?P<w>left|right)[ \t]+(?:breast|core|cores|biopsy|excision|re-excision|wle|"
                                   r"lumpectomy|mastectomy|specimen)|(?P<l>[lr])[ \t]+breast)\b", re.IGNORECASE)


def _earlier_year(s: Structure, start: int, end: int) -> bool:
    """The sentence at ``[start, end)`` prints a year earlier than one the report prints outside it (or, where it
    prints none, dates a treatment)."""
    years = [int(y.group()) for y in YEAR.finditer(s.norm, start, end)]
    if not years:
        return False
    latest = s.latest_year_outside(start, end)  # (the report's years are read once, not once per mention)
    return min(years) < latest if latest is not None else _TREATMENT.search(s.norm, start, end) is not None


def _specimen_line_side(norm: str, start: int, end: int) -> str | None:
    """The one breast side the specimen line at ``[start, end)`` names (_SPECIMEN_BREAST_SIDE), or None."""
    sides = {(m.group("w") or m.group("l"))[0].upper() for m in _SPECIMEN_BREAST_SIDE.finditer(norm, start, end)}
    return sides.pop() if len(sides) == 1 else None


def _specimen_side_over_history(s: Structure, start: int) -> str | None:
    """The side of the specimen line above an unsided diagnosis, where the side word nearest before the diagnosis is
    in a history sentence that tells an earlier disease ("Specimen: Left breast core" / "Clinical: ... History of R
    breast cancer 2015." / "Conclusion: Fibroadenoma." -> left): the earlier cancer's side is not the specimen's.
    None where the nearest side is today's (a history naming the lesion biopsied now) or no specimen line names one
    side."""
    index = s.sides
    i = bisect.bisect_left(index.starts, start) - 1
    if i < 0:
        return None
    prev = index.mentions[i].start
    sec = s.section_at(prev)
    if sec is None or sec.role != HISTORY or _SPECIMEN_HEADING.fullmatch(sec.name):
        return None
    unit = s.unit_at(prev)
    if _EARLIER_DISEASE.search(s.norm, unit[0], unit[1]) is None and not _earlier_year(s, unit[0], unit[1]):
        return None
    # (the specimen line heading the conclusion's own block: the nearest above it, not the report's first)
    specimen = s.last_section_named(_SPECIMEN_HEADING, prev)
    return _specimen_line_side(s.norm, specimen.start, specimen.end) if specimen is not None else None


def _open_quote(text: str, line_start: int, unit_start: int) -> int:
    """Where the quotation still open at ``unit_start`` opened, on an earlier line of the same
    paragraph, or -1: the last double quote before the unit opens one (after a space or a colon, before
    a letter) and nothing between it and the unit closes it."""
    if line_start <= 0 or '"' not in text[max(0, line_start - 400) : unit_start]:
        return -1
    q = text.rfind('"', max(0, line_start - 400), line_start)
    if q < 0 or "\n\n" in text[q:unit_start] or '"' in text[q + 1 : unit_start]:
        return -1
    opens = (q == 0 or text[q - 1] in " \t\n:") and text[q + 1 : q + 2].isalpha()
    return q if opens else -1


def _quoted_term(text: str, start: int, end: int) -> bool:
    """The mention is a term named in quotation marks ('keyword hits: "carcinoma"'), at most two
    words around it inside them."""
    before, after = text[max(0, start - 24) : start], text[end : end + 24]
    opened = max(before.rfind('"'), before.rfind("“"))
    closed = min((i for i in (after.find('"'), after.find("”")) if i >= 0), default=-1)
    return (opened >= 0 and closed >= 0 and len(before[opened + 1 :].split()) + len(after[:closed].split()) <= 2
            and "\n" not in before[opened:] and "\n" not in after[:closed])


def _field_separator(text: str, pos: int, endpos: int) -> tuple[int, int] | None:
    """The span of the first ``[ \t]*(?::(?!\d)|\.{3,})`` in ``text[pos:endpos]``, or None."""
    mark = _FIELD_MARK.search(text, pos, endpos)
    if mark is None:
        return None
    start = mark.start()
    while start > pos and text[start - 1] in " \t":
        start -= 1
    return start, mark.end()


# A form's row that names its class before the entity it asks about ("Malignant lesion - phyllodes tumour: No",
# "Malignant - DCIS: Yes"): the class word is the row's heading, answered with the entity by the row's value. Only a
# bare answer with nothing after it but the line's end: "No (borderline)" says one is present after all
_CLASS_WORD = re.compile(r"malignan(?:t|cy)", re.IGNORECASE)
_CLASS_THEN_ENTITY = re.compile(r"(?:[ \t]+(?:lesions?|tumou?rs?|findings?|neoplasms?))?[ \t]*[-–][ \t]*#+[ \t]*")
_BARE_ANSWER = re.compile(r"[ \t]*(?:yes|no|positive|negative|present|absent|not[ \t]+(?:seen|identified))[ \t]*\.?[ \t]*",
                          re.IGNORECASE)


def _category_over_entity(norm: str, masked: str, start: int, end: int, sep: tuple[int, int], line_end: int) -> bool:
    """The mention at ``[start, end)`` is a bare class word at its line's start ("Malignant lesion") heading one named
    entity after a dash, the row's name ending there at its colon (``sep``) and its value a bare answer alone on the
    rest of the line: the row's answer is the class word's too."""
    line_start = norm.rfind("\n", 0, start) + 1
    return (_CLASS_WORD.fullmatch(norm, start, end) is not None and not norm[line_start:start].strip()
            and _CLASS_THEN_ENTITY.fullmatch(masked, end, sep[0]) is not None
            and _BARE_ANSWER.fullmatch(norm, sep[1], line_end) is not None)


def _zero_size_of_finding(norm: str, end: int, comma: int, sep: tuple[int, int]) -> bool:
    """The field name after the finding ending at ``end`` is its own size, the comma before the name (``comma``) opening
    it (after a "residual" of its own at most), and the whole answer is zero ("Residual invasive carcinoma, size: 0 mm",
    "Invasive carcinoma, residual, size: 0 mm"; :data:`_ZERO_SIZE`)."""
    return (_POSTPOSED_SIZE.fullmatch(norm, comma + 1, sep[0]) is not None
            and (_FINDING_POSTPOSED.fullmatch(norm, end, comma) is not None
                 or _RESIDUAL_AFTER_COMMA.fullmatch(norm, end, comma) is not None)
            and _ZERO_SIZE.match(norm, sep[1]) is not None)


def _field(s: Structure, masked: str, start: int, end: int) -> tuple[str, str | None]:
    """``(kind, value_state)`` of a mention that sits in a synoptic field name ("DCIS: Present").

    kind: "" (not a field name), "field", "margin" (margin / distance fields, not statements of
    presence) or "title" ("INVASIVE CARCINOMA OF THE BREAST: RESECTION"); value_state: "neg",
    "unc", "pos" (for "field").
    """
    line_start = s.norm.rfind("\n", 0, start) + 1
    # (searched in place, not in a copy of the line: on a one-line export the copy is the whole report, per mention)
    if s.norm.find(":", line_start, start) >= 0:
        return "", None
    line_end = s.norm.find("\n", end)
    line_end = len(s.norm) if line_end < 0 else line_end
    sep = _field_separator(s.norm, end, min(line_end, end + 60))
    if sep is None:
        # a long field name answered "none" still negates its finding ("Residual invasive carcinoma status post
        # neoadjuvant systemic chemotherapy with trastuzumab: none"): read further, on a name of words only (no
        # comma, semicolon or number: "IDC, grade three, with ..., lymphovascular invasion: not identified" is a
        # finding followed by a field of its own)
        if line_end <= end + 60:
            return "", None
        sep = _field_separator(s.norm, end + 60, min(line_end, end + LONG_FIELD_NAME_CHARS))
        if (sep is None or _LONG_NAME_BREAK.search(s.norm, end, sep[0]) or "#" in masked[end : sep[0]]
                or not _FIELD_NEG.match(s.norm[sep[1] : line_end])):
            return "", None
        return "field", "neg"
    sep_start, sep_end = sep
    if "#" in masked[end:sep_start] and not _category_over_entity(s.norm, masked, start, end, sep, line_end) or (
            _SENTENCE_GAP.search(s.norm, end, sep_start)):
        return "", None  # (a colon that heads the next sentence: "Columnar cell change. Margins: ...")
    value = s.norm[sep_end:line_end]
    if _FIELD_TITLE.match(value):
        return "title", None
    comma = max(s.norm.rfind(",", end, sep_start), s.norm.rfind(";", end, sep_start))
    if comma >= 0 and not _FINDING_POSTPOSED.fullmatch(s.norm, comma + 1, sep_start) and not _NAMED_INSIDE.search(
            s.norm, max(line_start, start - 16), start) and not _zero_size_of_finding(s.norm, end, comma, sep):
        return "", None  # (another name's field after the finding: "IDC, grade 2, LVI: absent")
    if _MARGIN_NAME.search(s.norm, line_start, sep_start):
        return "margin", None
    if _FIELD_NEG.match(value):
        return "field", "neg"
    if _FIELD_UNC.match(value):
        return "field", "unc"
    return "field", "pos"


# ----------------------------------------------------------------------------------- report state
# Words every match of each _unit_facts pattern contains: a report without them skips that scan.
_NODE_WORDS = ("nod", "sentinel", "sln", "axilla", "metasta", "isolated", "adenopat")
_METASTATIC_WORDS = ("met",)
_OUTSIDE_WORDS = ("outside", "referr", "submitted", "contributor")
_VERDICT_NOUN_FIRST = re.compile(r"[ \t]*" + _VERDICT_NOUN + r"\b", re.IGNORECASE)
QUOTED_WRAP_CHARS = 120  # how far around its sentence a quoted earlier diagnosis is read
_QUOTED_WORDS = ("original", "previous", "prior", "initial", "earlier", "former", "supersedes", "replaces", "remplace",
                 "substitui", "sustituye", "reemplaza")


_ADENOPATHY_WORDS = ("adenopat", "adénopat")
_ADENOPATHY_END = re.compile(r"(?:lymph)?ad[ée]nopat\w*$")
_SITE_WORD_END = re.compile(r"[\w-]*$")
_ADENOPATHY_OWN_SIDE = re.compile(r"\b(?:left|right|lt|rt)\.?[ \t]+$", re.IGNORECASE)  # (the side word right before it)


def _specimen_adenopathies(s: Structure, masked: str, a: int, nodes: list[int]) -> tuple[list[int], list[int]]:
    """The node words' ends of a sentence opening at ``a``, less its adenopathies unless the first of them is the
    statement's specimen: its first site word but a node's ("Adénopathie axillaire droite: ...", "Right
    supraclavicular lymphadenopathy, carcinoma"), with no purpose, coordination, denial or bracket before it in its
    statement (_NOT_ADENOPATHY_SPECIMEN). The first adenopathy decides for all of them: a site word or a cue before it
    is before each later one too (one bounded look per sentence). With the node words, the starts of the side words
    that the dropped adenopathies' own site words carry ("with left axillary lymphadenopathy": the node's side, not
    the breast's)."""
    # (each adenopathy's end -> its start, in text order)
    adenopathies = {e: m.start() for e in nodes if (m := _ADENOPATHY_END.search(masked, max(a, e - 24), e)) is not None}
    if not adenopathies:
        return nodes, []
    first = next(iter(adenopathies.values()))
    lo = max(a, first - ADENOPATHY_STATEMENT_CHARS)
    before = s.norm[lo:first]
    specimen = (_NOT_ADENOPATHY_SPECIMEN.search(before) is None and before.rfind("(") <= before.rfind(")")
                and before.rfind("[") <= before.rfind("]") and not names_breast(before)
                and site_of(before) in (UNKNOWN, LYMPH_NODE))
    if specimen:
        return nodes, []
    dropped = set(adenopathies)
    own_sides: list[int] = []
    # (the node's site word right before an adenopathy names it and goes with it: "with suspicious axillary
    # lymphadenopathy"; so does that site word's own side, "with left axillary lymphadenopathy", but only where a
    # breast's side is named before it in the statement: "Right breast, core biopsy (patient with left axillary
    # lymphadenopathy): fibroadenoma" is the right breast's; with no other side the site word stays the node's)
    for start in adenopathies.values():
        gap = masked[max(a, start - ADENOPATHY_GAP_CHARS) : start]
        site_end = start - (len(gap) - len(gap.rstrip()))
        if site_end not in nodes:
            continue
        site_start = site_end - len(_SITE_WORD_END.search(masked, max(a, site_end - 24), site_end).group())
        own = _ADENOPATHY_OWN_SIDE.search(s.norm, max(a, site_start - ADENOPATHY_GAP_CHARS - 6), site_start)
        if own is not None and s.sides.sides_in(own.start(), own.start() + 1):
            if not s.sides.sides_in(a, own.start()):
                continue
            own_sides.append(own.start())
        dropped.add(site_end)
    return [e for e in nodes if e not in dropped], own_sides


def _side_without_adenopathy(s: Structure, a: int, start: int, sides: frozenset[str], own: list[int]
                             ) -> frozenset[str]:
    """A mention's side when the side word nearest before it (from ``a``) is an adenopathy's own (``own``, see
    :func:`_specimen_adenopathies`): the side of the statement's own specimen named before it ("Right breast, core
    biopsy (patient with left axillary lymphadenopathy): fibroadenoma" is the right breast's). A breast side in the
    adenopathy's own aside is the history's ("Right breast, core biopsy (known left breast cancer, with left axillary
    lymphadenopathy): fibroadenoma": still the right breast's; a square bracket is a translation's gloss, whose
    side is the statement's own)."""
    named = s.sides.sides_in(a, start)
    if not named or named[-1].start not in own or sides != {named[-1].side}:
        return sides
    # (the aside the adenopathy's side stands in: its opening bracket, not closed before the side)
    node = named[-1].start
    aside = s.norm.rfind("(", a, node)
    if aside >= 0 and s.norm.find(")", aside, node) >= 0:
        aside = -1
    breast = [n for n in named if n.start not in own and not 0 <= aside < n.start]
    return frozenset((breast[-1].side,)) if breast else sides


def _unit_facts(s: Structure, masked: str, unit: tuple[int, int]
                ) -> tuple[list[int], list[int], tuple[int, int], list[tuple[int, int]], list[int]]:
    """Per sentence, computed once: where node words and "metastatic" end, where an outside
    institution's diagnosis runs (_outside_span; (-1, -1): nowhere), and the spans that quote a diagnosis being
    replaced ("replaces the original diagnosis (ADH)"). A mention after / inside one is read so."""
    norm, (a, b) = s.norm, unit
    nodes = [m.end() for m in _NODE_BEFORE.finditer(masked, a, b)
             if not _BREAST_AND.search(masked, max(a, m.start() - 16), m.start())] if s.may_contain(_NODE_WORDS) else []
    own_sides: list[int] = []
    if nodes and s.may_contain(_ADENOPATHY_WORDS):
        nodes, own_sides = _specimen_adenopathies(s, masked, a, nodes)
    metastatic = [m.end() for m in _METASTATIC_BEFORE.finditer(masked, a, b)] if s.may_contain(_METASTATIC_WORDS) else []
    outside_span = (-1, -1)
    if s.may_contain(_OUTSIDE_WORDS):
        outside = _OUTSIDE_UNIT.search(norm, a, b)
        if outside is not None:
            outside_span = _outside_span(norm, outside.start(), outside.end(), b)
        else:
            # the lead-in ended the sentence before: 'Referring diagnosis:\n"papillary carcinoma ..."'
            leads = list(_OUTSIDE_UNIT.finditer(norm, max(0, a - 60), a))
            if leads and not norm[leads[-1].end() : a].strip(" \t\n\"“"):
                outside_span = (a, b)
    quoted = []
    if s.may_contain(_QUOTED_WORDS):
        # (a sentence whose parentheses do not pair is read across its bounds: a wrapped line of a printout may
        # start a sentence of its own, "THIS REPLACES THE ORIGINAL" / "DIAGNOSIS (DUCTAL CARCINOMA IN" / "SITU)")
        # (and so is one that starts on the noun the line above named: "THE ORIGINAL" / "DIAGNOSIS (ILC)")
        wrap = QUOTED_WRAP_CHARS if norm.count("(", a, b) != norm.count(")", a, b) else 0
        back = QUOTED_WRAP_CHARS if wrap or _VERDICT_NOUN_FIRST.match(norm, a, b) else 0
        quoted = [span for m in _QUOTED_EARLIER.finditer(norm, max(0, a - back), min(len(norm), b + wrap))
                  for g in ("p", "q", "d", "s", "f", "g") if m.group(g) is not None
                  for span in (m.span(g),) if span[0] < b and span[1] > a]
    return nodes, metastatic, outside_span, quoted, own_sides


def _classify_addendum(text: str) -> str:
    """``revising``, ``unresolved`` or ``neutral`` (the last cue wins when both kinds appear)."""
    rev = list(_REVISING.finditer(text))
    unr = sorted([*_UNRESOLVED.finditer(text), *_CONSULT_PENDING.finditer(text)], key=lambda m: m.start())
    if unr and (not rev or unr[-1].start() > rev[-1].start()):
        return "unresolved"
    return "revising" if rev else "neutral"


def _section_texts(s: Structure) -> dict[int, tuple[str, int, int, str]]:
    """``order -> (role, start, end, text)`` of every headed section (its pieces joined)."""
    out: dict[int, list] = {}
    for sec in s.sections:
        if sec.order < 0:
            continue
        if sec.order not in out:
            out[sec.order] = [sec.role, sec.start, sec.end]
        else:
            out[sec.order][2] = max(out[sec.order][2], sec.end)
    return {k: (v[0], v[1], v[2], s.norm[v[1] : v[2]]) for k, v in out.items()}


_PART_NAMED_BEFORE = re.compile(r"\bpart\s+([A-H])\s*[:,-][^.;]*$", re.IGNORECASE)
_PART_NOT_AFFECTED = re.compile(r"\bpart\s+(?P<l>[A-H])\s+(?:is\s+|remains\s+)?(?:not\s+affected|unaffected|unchanged)\b",
                                re.IGNORECASE)
# "PART A UNCHANGED", "Parts A and C remain unchanged": those parts stand as first issued
# (also a revised conclusion's own part line that says so: "B. Rechtermamma, stansbiopten: ongewijzigd [right
# breast, core biopsies: unchanged]", Dutch "ongewijzigd" being "unchanged")
_PART_UNCHANGED = re.compile(r"\bparts?\s+(?P<l>[A-H](?:(?:\s*,\s*|\s+and\s+)[A-H])*)\s+(?:is\s+|are\s+|remains?\s+)?"
                             r"unchanged\b"
                             # (a clock in the part's header is no colon of its own: "B. BREAST, RIGHT, 9:00, CORE
                             # BIOPSY: UNCHANGED (SEE BELOW)")
                             r"|^[ \t]*(?P<l2>[A-H])[.)][ \t]+[^:\n]{1,80}:[ \t]*(?:unchanged|ongewijzigd)\b"
                             # (behind a clock, whose colon is no end of the header, only a bare "unchanged", "unchanged
                             # (see below)" or "unchanged from the original": "unchanged from frozen section: DCIS"
                             # compares with another diagnosis)
                             r"|^[ \t]*(?P<l3>[A-H])[.)][ \t]+[^:\n]{0,60}\b\d{1,2}:\d\d\b[^:\n]{0,40}:[ \t]*unchanged"
                             r"(?:[ \t]+\(see[ \t]+below\)|[ \t]+from[ \t]+the[ \t]+original(?:[ \t]+(?:diagnosis|report))?)?"
                             r"[ \t]*\.?[ \t]*$",
                             re.IGNORECASE | re.MULTILINE)
_UNCHANGED_WORDS = ("unchanged", "ongewijzigd")


# The part a withdrawal names after its diagnosis: "the earlier diagnosis of invasive carcinoma in A is withdrawn",
# "... of part B ..." (written below another part's line, it is still that part's)
_PART_NAMED_AFTER = re.compile(r"^[ \t]+(?:in|of|for)\s+(?:part\s+)?(?P<l>[A-H])\b(?![.)])")


def _withdrawn_part(s: Structure, m: _Mention) -> str:
    """The part label a withdrawn mention's sentence names after it, else the mention's own part."""
    named = _PART_NAMED_AFTER.match(s.masked_tail(m.end, m.unit[1]))
    return named.group("l") if named is not None else m.part.label


# A revision that keeps the rest of the diagnosis: "The remainder of the diagnosis is unchanged", "the report is
# otherwise unchanged" (it replaces the earlier findings of its own category only: a reclassified carcinoma leaves the
# separate fibroadenoma standing)
_REST_UNCHANGED = re.compile(r"\b(?:remainder|rest)\s+of\s+the\s+(?:diagnosis|diagnoses|report)\s+(?:is\s+|are\s+|remains?\s+)?"
                             r"unchanged\b|\b(?:diagnosis|report)\s+(?:is\s+|remains\s+)?otherwise\s+unchanged\b",
                             re.IGNORECASE)


# A first issue's diagnosis of one breast that leaves a study to come ("DUCTAL VERSUS LOBULAR; E-CADHERIN TO FOLLOW",
# "IMMUNOHISTOCHEMISTRY PENDING"): the marker, after the study it names
_PENDING_STUDY = re.compile(r"\b(?:(?:to|will)\s+follow|pending|awaited|in\s+progress|(?:will\s+be|to\s+be)\s+reported)\b",
                            re.IGNORECASE)
_STUDY_WORD = re.compile(r"[a-z][a-z0-9-]{2,}")
# words of a pending clause that name no study ("FURTHER STUDIES TO FOLLOW" names none an addendum could answer)
_GENERIC_STUDY_WORDS = frozenset(("further", "additional", "studies", "study", "stains", "stain", "special", "results",
                                  "result", "report", "and", "are", "the", "with", "will", "for", "on", "ancillary"))
_CLAUSE_MARKS = ".;:,(\n"


def _pending_studies(norm: str, start: int, end: int) -> set[str]:
    """The stems (first six letters) of the studies ``norm[start:end]`` says are to come ("E-CADHERIN TO FOLLOW":
    "e-cadh"), each from the clause before its marker."""
    stems: set[str] = set()
    for marker in _PENDING_STUDY.finditer(norm, start, end):
        clause = max(start, max(norm.rfind(c, start, marker.start()) for c in _CLAUSE_MARKS) + 1)
        stems.update(w[:6] for w in _STUDY_WORD.findall(norm[clause : marker.start()].lower())
                     if w not in _GENERIC_STUDY_WORDS)
    return stems


def _addendum_span(s: Structure, rev: list[_Mention]) -> tuple[int, int] | None:
    """Where the addendum holding a revision's mentions runs: its own section, or the addendum heading's section and
    the "Final diagnosis:" under it ("ADDENDUM: E-cadherin ... Final diagnosis: ..."); None for any other revision
    (an "AMENDED DIAGNOSIS" block, a correction)."""
    section = rev[0].section
    if section is None or any(m.section is not section for m in rev):
        return None
    if section.role == ADDENDUM:
        return section.start, section.end
    k = s.section_index(section)
    if section.role == REVISION and k > 0 and s.sections[k - 1].role == ADDENDUM and s.sections[k - 1].end == section.start:
        return s.sections[k - 1].start, section.end
    return None


def _first_issued(earlier: list[_Mention]) -> list[_Mention]:
    """The first issue's own findings of one side each (no addendum's, amendment's or revision's)."""
    return [m for m in earlier if m.role not in (ADDENDUM, AMENDMENT, REVISION) and m.category != lexicon.OTHER
            and not m.ctx.negated and len(m.sides) == 1]


# (a finding's start, end, side and where the next finding of another side starts -> its pending stems: each report's
# addenda ask of the same first issue, read once)
_PendingCache = dict[tuple[int, int, str, int], set[str]]


def _pending_by_side(s: Structure, issued: list[_Mention], memo: _PendingCache | None = None) -> dict[str, set[str]]:
    """The stems of the studies the first issue's findings ``issued`` (one side each) left to come, by side (each
    finding's kept in ``memo``)."""
    pending: dict[str, set[str]] = {}
    # (where the next finding of another side starts after each: one pass from the end, not a scan per finding)
    later: list[int | None] = [None] * len(issued)
    for k in range(len(issued) - 2, -1, -1):
        n = issued[k + 1]
        later[k] = n.start if n.sides != issued[k].sides else later[k + 1]
    for k, m in enumerate(issued):
        (side,) = m.sides
        stop = later[k] if later[k] is not None else end_of_line(s.norm, m.end)
        key = (m.start, m.end, side, stop)
        stems = memo.get(key) if memo is not None else None
        if stems is None:
            stop = next((n.start for n in s.sides.sides_in(m.end, stop) if n.side != side), stop)
            stems = _pending_studies(s.norm, m.start, stop)
            if memo is not None:
                memo[key] = stems
        if stems:
            pending.setdefault(side, set()).update(stems)
    return pending


def _revises_one_breast(s: Structure, span: tuple[int, int] | None, earlier: list[_Mention],
                        rev_sides: frozenset[str], left_open: _LeftOpenCache, memo: _PendingCache | None = None) -> bool:
    """Whether an addendum's revision (its findings of the one side ``rev_sides``; ``span``, the addendum's text, see
    :func:`_addendum_span`) over a first issue of both breasts revises that breast only: its own words name a side, or
    the question the first issue left open was that breast's alone (``left_open``: the report's answers of
    :func:`_left_open_without_finding` so far)."""
    if span is None:
        return False
    issued = _first_issued(earlier)
    issued_sides = {side for m in issued for side in m.sides}
    if issued_sides != set(SIDES):
        # (a first issue whose other breast has no finding yet, only a lesion whose study is to come: "RIGHT BREAST,
        # CORE: ATYPICAL INTRADUCTAL PROLIFERATION; LEVELS AND IMMUNOSTAINS TO FOLLOW." beside the left breast's
        # carcinoma, then an addendum naming that breast alone; not a "SUPPLEMENTARY REPORT", a revision that replaces
        # the whole diagnosis though it names one specimen)
        return (bool(issued_sides) and not issued_sides & rev_sides
                and {n.side for n in s.sides.sides_in(*span)} == set(rev_sides)
                and _left_open_without_finding(s, issued, span, rev_sides, left_open))
    return bool(s.sides.sides_in(*span)) or set(_pending_by_side(s, issued, memo)) == set(rev_sides)


# A pending clause of special stains only ("spindle cell lesion; special stains to follow"), which names no study of
# its own (_GENERIC_STUDY_WORDS): the addendum answers it where it names special stains itself
_SPECIAL_STAINS_PENDING = re.compile(r"\bspecial[ \t\n]+stains?[ \t\n]+(?:to[ \t\n]+follow|pending|awaited)\b",
                                     re.IGNORECASE)
_SPECIAL_STAINS = re.compile(r"\bspecial[ \t\n]+stains?\b", re.IGNORECASE)
OPEN_ENTRY_LINES = 4  # the lines of an open breast's diagnosis entry read for its study to come


def _open_entry_end(s: Structure, line_end: int, stop: int) -> int:
    """Where a breast's diagnosis entry whose first line ends at ``line_end`` ends: its lines below it (a bullet under
    its side header, a wrapped clause) up to a blank line, a line naming a side, or ``stop``, at most
    :data:`OPEN_ENTRY_LINES` in all."""
    end = line_end
    for _ in range(OPEN_ENTRY_LINES - 1):
        if end >= stop or end + 1 >= len(s.norm):
            break
        next_end = min(end_of_line(s.norm, end + 1), stop)
        if not s.norm[end + 1 : next_end].strip() or s.sides.sides_in(end + 1, next_end):
            break
        end = next_end
    return end


# (the first issue's sections read, the breast asked about and whether the addendum names special stains -> whether
# that breast's entry leaves a study to come)
_LeftOpenCache = dict[tuple[tuple[tuple[int, int], ...], str, bool], bool]


def _left_open_without_finding(s: Structure, issued: list[_Mention], span: tuple[int, int],
                               rev_sides: frozenset[str], left_open: _LeftOpenCache) -> bool:
    """Whether the first issue's own section (that of its findings ``issued``, above the addendum ``span``) names the
    breast of ``rev_sides`` in a diagnosis entry that leaves a study to come ("Left breast, core biopsy: papillary
    lesion; immunohistochemistry to follow.", its side header over the bullet line "- ATYPICAL PAPILLARY LESION;
    IMMUNOHISTOCHEMISTRY TO FOLLOW.", or its clause wrapped onto the next line: _open_entry_end). Each answer is kept
    in ``left_open``: every addendum of a report asks of the same first issue, which is read once."""
    (side,) = rev_sides
    sections = tuple(sorted({(m.section.start, min(m.section.end, span[0])) for m in issued if m.section is not None}))
    key = (sections, side, _SPECIAL_STAINS.search(s.norm, *span) is not None)
    if key not in left_open:
        left_open[key] = _leaves_study_to_come(s, sections, side, key[2])
    return left_open[key]


def _leaves_study_to_come(s: Structure, sections: tuple[tuple[int, int], ...], side: str, stains_named: bool) -> bool:
    """Whether an entry of ``sections`` (in text order) names the breast ``side`` and leaves a study to come after that
    side word (:func:`_pending_studies`; a pending clause of special stains only where the addendum names special
    stains, ``stains_named``)."""
    entry_end = -1  # (each entry read once, from the breast's first side word in it)
    for start, end in sections:
        for n in s.sides.sides_in(start, end):
            if n.side == side and n.start > entry_end:
                entry_end = _open_entry_end(s, end_of_line(s.norm, n.start), end)
                if _pending_studies(s.norm, n.start, entry_end) or (
                        _SPECIAL_STAINS_PENDING.search(s.norm, n.start, entry_end)
                        and stains_named):
                    return True
    return False


def _open_question_side(s: Structure, rev: list[_Mention], span: tuple[int, int] | None,
                        earlier: list[_Mention], memo: _PendingCache | None = None) -> str | None:
    """The one breast whose diagnosis as first issued left a study to come that an addendum (its findings ``rev``, its
    text ``span``, see :func:`_addendum_span`) naming no side answers, else None.

    "LEFT BREAST: INVASIVE CARCINOMA, DUCTAL VERSUS LOBULAR; E-CADHERIN TO FOLLOW. RIGHT BREAST: FIBROADENOMA." then
    "ADDENDUM: E-cadherin ... Final diagnosis: invasive lobular carcinoma": the addendum answers the left breast's
    question. None when the addendum names a side in its own text, when both breasts or neither left a study to
    come, when the addendum does not name the study, or when its diagnosis's kind (malignant, benign) is one the
    other breast already has (it may be that breast's diagnosis restated: receptor results on its carcinoma)."""
    if span is None or s.sides.sides_in(*span):
        return None
    issued = _first_issued(earlier)
    if {side for m in issued for side in m.sides} != set(SIDES) or any(m.part is not None for m in issued):
        return None  # (a first issue in lettered parts: an addendum naming no part is not placed by its study)
    pending = _pending_by_side(s, issued, memo)
    if len(pending) != 1:
        return None
    ((side, stems),) = pending.items()
    text = s.norm[span[0] : span[1]].lower()
    if not any(stem in text for stem in stems) or _names_other_finding(s.norm, text, issued, side):
        return None
    kinds = {m.category for m in rev if m.category != lexicon.OTHER and not m.ctx.negated}
    other_kinds = {m.category for m in issued if side not in m.sides}
    if kinds == {lexicon.BENIGN} and any(m.category == lexicon.MALIGNANT for m in issued if side in m.sides):
        return None  # a benign finding added to the core with the carcinoma does not take the carcinoma away
    return side if kinds and not kinds & other_kinds else None


_OTHER_ONE = re.compile(r"\b(?:the|her)\s+other\b|\bcontralateral\b")
_FINDING_WORD = re.compile(r"[a-z]{4,}")


def _names_other_finding(norm: str, text: str, issued: list[_Mention], side: str) -> bool:
    """True when an addendum's text (lower case) may speak of the other breast: it says "the other" (core, breast),
    or it names a word of the other breast's first-issued finding that the pending breast's finding lacks ("Deeper
    levels of the atypical core" after "RIGHT BREAST: ATYPICAL DUCTAL HYPERPLASIA", "the in situ core" after its
    DCIS)."""
    if _OTHER_ONE.search(text):
        return True
    own = {w[:6] for m in issued if side in m.sides for w in _FINDING_WORD.findall(norm[m.start : m.end].lower())}
    other = {w[:6] for m in issued if side not in m.sides for w in _FINDING_WORD.findall(norm[m.start : m.end].lower())}
    return any(stem in text for stem in other - own)


def _apply_revisions(mentions: list[_Mention], revisers: list[int], decisive: set[str], correction: bool,
                     s: Structure, keep_rest: frozenset[int] = frozenset()) -> None:
    """The revisions of ``revisers`` (section orders) supersede the earlier diagnosis they replace; those of
    ``keep_rest`` (_REST_UNCHANGED) replace only the earlier findings of their own category where the earlier
    diagnosis had findings of both kinds."""
    s_norm = s.norm
    by_order: dict[int, list[_Mention]] = {}
    first_at: dict[int, int] = {}  # (each order's first mention's index)
    for i, m in enumerate(mentions):
        by_order.setdefault(m.order, []).append(m)
        first_at.setdefault(m.order, i)
    starts = [m.start for m in mentions]  # mentions come in text order
    # (the decisive mentions, how many stand before each index of ``mentions``, and each part label's first among
    # them: the mentions before a revision, none of its own among them, are a prefix of these, taken by a slice, not
    # a scan per revision; no role or part changes here)
    dec = [m for m in mentions if m.role in decisive]
    dec_before = list(accumulate((m.role in decisive for m in mentions), initial=0))
    label_at: dict[str, int] = {}
    for k, m in enumerate(dec):
        if m.part is not None:
            label_at.setdefault(m.part.label, k)
    done = 0  # dec[:done] are all superseded (a revision only ever sets it): a later revision's loop skips them
    rule_from, rule = len(s_norm) + 1, None  # (the last RULE_LINE search, where it started and what it found)
    left_open: _LeftOpenCache = {}  # (_left_open_without_finding: asked once per first issue, not once per addendum)
    pending: _PendingCache = {}  # (_pending_by_side: each finding read once)
    for order in revisers:
        rev = by_order.get(order, [])
        if not rev:
            continue
        while done < len(dec) and dec[done].superseded:
            done += 1
        first = min(m.start for m in rev)
        j = bisect.bisect_left(starts, first)
        prefix = first_at[order] >= j
        if prefix:
            k = dec_before[j]
            earlier, skip = dec[:k], min(done, k)
        else:
            earlier, skip = [m for m in mentions[:j] if m.order != order and m.role in decisive], 0
        # a system that prints the newest part first: a diagnosis below the revision, a rule line between
        # them, is the diagnosis as first issued, revised like one printed above it
        after = max(m.end for m in rev)
        if not rule_from <= after <= (rule.start() if rule is not None else len(s_norm)):
            rule_from, rule = after, RULE_LINE.search(s_norm, after)  # (else the last search's answer stands)
        if rule is not None:
            prefix = False
            earlier += [m for m in mentions[bisect.bisect_left(starts, rule.end()) :]
                        if m.order != order and m.role in decisive and m.role not in (ADDENDUM, AMENDMENT, REVISION)]
        if not earlier:
            continue
        named = {m.finding for m in rev if m.withdrawn}
        if named:
            # the revision names what it replaces ("the previous diagnosis of ADH is withdrawn"):
            # that diagnosis goes, the report's other findings stand
            malignant = any(m.category == lexicon.MALIGNANT for m in rev if m.withdrawn)
            for m in earlier:
                m.superseded |= m.finding in named or (malignant and m.category == lexicon.MALIGNANT)
            continue
        labels = {m.part.label for m in rev if m.part is not None}
        if not labels:  # "FINAL DIAGNOSIS, PART A: INVASIVE LOBULAR CARCINOMA. PART B UNCHANGED."
            labels = {ref.group(1).upper() for m in rev for ref in [_PART_NAMED_BEFORE.search(
                s_norm[max(m.unit[0], m.start - 40) : m.start])] if ref is not None}
        span = None if correction or labels else _addendum_span(s, rev)  # (looked up once for both tests below)
        question_side = None if correction or labels else _open_question_side(s, rev, span, earlier, pending)
        if question_side is not None:
            # an addendum naming no side that answers one breast's open question revises that breast only
            for m in rev:
                m.sides = frozenset((question_side,))
            # (the addendum's own words above its "Final diagnosis:" speak of that breast too: "E-cadherin ... loss of
            # membranous staining in the invasive tumor cells. Final diagnosis: ...")
            for m in earlier:
                if span is not None and span[0] <= m.start < span[1]:
                    m.sides = frozenset((question_side,))
                m.superseded |= question_side in m.sides
            continue
        earlier_labels = ({label for label, at in label_at.items() if at < k} if prefix
                          else {m.part.label for m in earlier if m.part is not None})
        rev_sides = frozenset().union(*(m.sides for m in rev if m.category != lexicon.OTHER))
        if (not correction and not labels and len(rev_sides) == 1
                and _revises_one_breast(s, span, earlier, rev_sides, left_open, pending)):
            # an addendum ("ADDENDUM:", a "SUPPLEMENTAL REPORT") over a first issue of both breasts, its findings of one
            # breast that its own words name or whose question alone was left open, revises that breast only: the
            # other breast's findings stand ("SUPPLEMENTAL REPORT: ... Final diagnosis: atypical ductal hyperplasia."
            # after the right breast's "ADH; DEEPER LEVELS TO FOLLOW" leaves the left breast's carcinoma)
            for m in earlier:
                m.superseded |= bool(m.sides & rev_sides)
            continue
        rev_categories = {m.category for m in rev if m.category != lexicon.OTHER and not m.ctx.negated}
        # (the rest kept only where the earlier diagnosis on those sides had findings of both kinds, one of them the
        # revision's: a reclassification of the one lesion across kinds, "ductal carcinoma in situ" then "reclassified
        # as atypical ductal hyperplasia. The remainder of the diagnosis is unchanged", still replaces it)
        keeps_rest = (order in keep_rest and not labels and bool(rev_categories)
                      and rev_categories < {m.category for m in earlier
                                            if m.category != lexicon.OTHER and not m.ctx.negated and m.sides & rev_sides})
        todo = earlier[skip:] if skip else earlier  # (those superseded already stay so)
        if keeps_rest:
            for m in todo:
                m.superseded |= m.category in rev_categories and bool(m.sides & rev_sides)
        elif labels and earlier_labels:
            for m in todo:
                m.superseded |= m.part is not None and m.part.label in labels
        elif correction or len(earlier_labels) <= 1 or not rev_sides:
            for m in todo:
                m.superseded = True
        else:
            for m in todo:
                m.superseded |= bool(m.sides & rev_sides)


# A translated report's own side words with the English gloss after them: "from the DESNA dojka [RIGHT breast]"
# (the gloss is read; the words it glosses are skipped)
# (a word of an Indic script carries its vowel signs and viramas, marks that are no word characters, and may join its
# letters with a zero-width joiner: "from the වම් පියයුර [LEFT breast]"; one character class, so the words stay linear)
_GLOSSED = r"(?:(?:(?![\d_])[\w\u0900-\u0dff\u200c\u200d])+\s+){1,2}[\[(]\s*"
# What a correction can say "is for" a side and mean the diagnosis: the report, its record, its specimen
_REPORT_NOUN = (r"(?:report|record|specimen|sample|histology|histopathology|pathology|diagnosis|biopsy|"
                r"core|tissue|material|slides?|blocks?)")
# The subject a correction places, a report noun right after its article: "the local report", "The specimen",
# "the hospital record", "the slides"
_REPORT_SUBJECT = rf"(?:the|this|our)\s+(?:(?:local|hospital)\s+)?{_REPORT_NOUN}"
_CORRECT_SIDE = re.compile(
    # (a Czech / Slovak / Polish note keeps its "z" / "ze", from: "Vzorek je z LEVÉHO prsu [LEFT breast]")
    # (a French one its "du sein", from the breast: "provient du sein DROIT [RIGHT breast]")
    # ("the local report is for the RIGHT breast": the report's own side; not what a request, a result, a letter, a
    # treatment "is for": "the HER2 result is for the LEFT breast, not the right as recorded" moves no diagnosis)
    # (an Italian one its "dalla mammella", from the breast: "proviene dalla mammella SINISTRA")
    # (the report noun opening its noun phrase, "the local report is for": "the HER2 report", "the operation record",
    # "the planned biopsy" is for the LEFT breast places another document or procedure, not this diagnosis)
    # ("the report concerns the LEFT breast": the report's own side too, as the gloss of a German "Der Befund betrifft
    # die LINKE Brust, nicht die rechte wie ursprünglich gemeldet.")
    rf"\b(?:is|was|are|were|from|of|to|read|reads|z|ze|du\s+sein|dalla\s+mammella"
    rf"|{_REPORT_SUBJECT}\s+(?:(?:is|was|are|were)\s+for|concerns?|relates?\s+to))\s+(?:the\s+)?"
    rf"(?:{_GLOSSED})?(?P<side>{_SIDE_WORD})\b"
    r"(?!\s+(?:and|or)\b)", re.IGNORECASE)
# ("not from the vasen as in the original statement": the side the first issue named)
# (a French one: "et non du sein gauche comme indiqué initialement", and not the left breast as first stated)
# (an Italian one: "non dalla destra come erroneamente riportato", not from the right as erroneously reported)
_WRONG_SIDE = re.compile(rf"\b(?:not|non|rather\s+than|instead\s+of)\s+(?:from\s+|du\s+sein\s+|dalla\s+(?:mammella\s+)?)?"
                         rf"(?:the\s+)?(?:{_GLOSSED})?(?P<side>{_SIDE_WORD})\b[^.]{{0,40}}?"
                         r"\b(?:as\s+)?(?:originally|previously|initially|initialement|comme\s+indiqu[ée]|erroneously|incorrectly|first|"
                         r"erroneamente|come\s+(?:indicato|riportato)|in\s+origine|"
                         r"in\s+the\s+(?:original|first|initial|previous)|"
                         # ("not the left breast as stated": the side the report printed)
                         r"as\s+(?:stated|indicated|printed|written|given)|"
                         # ("not the left as transcribed above": the side a record copied it under; read only with
                         # the report itself as the subject, _placed_report_side)
                         r"(?P<entered>as\s+(?:transcribed|entered|recorded)))\b",
                         re.IGNORECASE)
# A correction placing the report itself: "the local report is for / The specimen is from / the slides are from the
# RIGHT breast"; what a data entry recorded for a test, an image, an earlier or another biopsy ("the HER2 FISH on block
# A2 is from", "the previous biopsy (2019) was from", "the mammogram was of the LEFT breast, not the right as
# recorded") is no side of this diagnosis
_PLACED_REPORT = re.compile(rf"\b{_REPORT_SUBJECT}\s+(?:is|was|are|were)\s+(?:for|from|of)\s+(?:the\s+)?$",
                            re.IGNORECASE)
_PLACED_REPORT_CHARS = 60


def _placed_report_side(text: str, m: re.Match[str]) -> bool:
    """True when the side of the _CORRECT_SIDE match ``m`` in ``text`` is stated for the report itself."""
    return _PLACED_REPORT.search(text, max(0, m.start("side") - _PLACED_REPORT_CHARS), m.start("side")) is not None


# A side stated for a test, a request or a letter, not for the specimen: "the ER result is from the RIGHT breast, not the
# left as originally reported; the diagnosis is unchanged" moves no diagnosis (checked just before the side's verb)
_TEST_SUBJECT = re.compile(r"\b(?:results?|requests?|letters?|forms?|notes?|plans?|boost|scores?|status|stain(?:ing)?|"
                           r"tests?|assays?)[ \t]+(?:(?:is|was|are|were)[ \t]+)?$", re.IGNORECASE)
_TEST_SUBJECT_CHARS = 20


_AS_FIRST_ISSUED = re.compile(r"\bas\s+(?:originally|first|initially)\s+(?:issued|reported)\b", re.IGNORECASE)


class ReprintNote(NamedTuple):
    """A laterality correction note over a diagnosis reprinted further down than the report's head (_reprint_note)."""

    text: str  # the note ("" when there is none)
    reprint_end: int  # where the reprinted diagnosis ends: its closing quotation mark, else the report's end
    # where each part of the reprint starts, with its label: a part of its own, or one run in after the part before on
    # its line ("A. Left breast ...: IDC. B. Right breast ...: fibroadenoma.", _RUN_IN_PART)
    starts: tuple[tuple[int, str], ...] = ()


# A part run in after the one before on its line, its label and its side: '... grade 2. B. Right breast, 9 o'clock, core
# biopsy: fibroadenoma."'
_RUN_IN_PART = re.compile(r"(?<=[.;])[ \t]+(?P<label>[A-Z])\.[ \t]+(?=(?i:left|right)[ \t]+breast\b)")


def _reprint_note(s: Structure, orders_with: set[int]) -> ReprintNote:
    """The laterality correction note just before a diagnosis reprinted "as originally issued" (an ``ORIGINAL``
    section) further down than the report's head: a corrected report quoted in a longer record ("HISTOLOGY
    (transcribed ...): "Correction: the specimen is from the RIGHT breast, not the left as originally reported.
    Final diagnosis (as originally issued): Left breast ..."). A note opened by a quotation mark ends its reprint at
    the closing one: a further quoted report after it ('"Separate specimen, Left breast core (H26-1610):
    fibroadenoma."') keeps its own side. ``orders_with``: the sections holding a finding."""
    none = ReprintNote("", len(s.norm))
    reprint = next((sec for sec in s.sections if sec.role == ORIGINAL), None)
    # (a reprint that says so in its heading; a version list's replaced version is no reprint)
    if reprint is None or not _AS_FIRST_ISSUED.search(s.norm, reprint.start, reprint.heading_end):
        return none
    reprint_at = reprint.start
    # (a diagnosis heading over the quoted report, its note alone before the reprint, "Histology (transcribed from
    # LIS, report H26-2055; CORRECTED REPORT):", is the quotation's heading, no diagnosis of its own)
    if reprint_at <= CORRECTION_HEAD_CHARS or any(
            sec.start < reprint_at and sec.role in (DIAGNOSIS, REVISION, AMENDMENT, ADDENDUM)
            and (sec.role != DIAGNOSIS or sec.order in orders_with) for sec in s.sections):
        return none  # (a reprint in the head: the head's own note is read already; the reprint is the only diagnosis)
    note = s.norm[reprint_at - CORRECTION_HEAD_CHARS : reprint_at]
    correction = _LATERALITY_CORRECTION.search(note) if re.search(r"correct", note, re.IGNORECASE) else None
    if correction is None:
        return none
    opened = note.rfind('"', 0, correction.start())
    closed = s.norm.find('"', reprint.heading_end) if opened >= 0 and "\n" not in note[opened:correction.start()] else -1
    reprint_end = closed if closed >= 0 else len(s.norm)
    starts = [(p.start, p.label.upper()) for p in s.parts if reprint_at <= p.start < reprint_end]
    starts += [(m.start("label"), m.group("label")) for m in _RUN_IN_PART.finditer(s.norm, reprint_at, reprint_end)]
    return ReprintNote(note, reprint_end, tuple(sorted(starts)))


def _move_corrected_side(mentions: list[_Mention], texts: dict, decisive: set[str], reprinted: bool,
                         note: ReprintNote | None = None) -> None:
    """A laterality correction that reprints no diagnosis ("AMENDMENT: laterality correction. The
    specimen is from the LEFT breast, not the right breast as originally reported. The diagnosis
    is otherwise unchanged."): the diagnosis moves to the corrected side.

    With ``reprinted`` (a corrected report that prints its diagnosis again) the diagnosis moves only
    when none of it stands on the corrected side already: a reprint under the wrong side word is the
    uncorrected text ("CORRECTED REPORT. Reason: laterality correction, the specimen is from the RIGHT
    breast, not the left as originally reported." over "FINAL DIAGNOSIS: LEFT BREAST ... IDC")."""
    with_mentions = {m.order for m in mentions}
    # (``note``: the correction before a reprint further down than the head, _reprint_note; it moves the reprint only)
    notes = [(-1, (AMENDMENT, 0, 0, note.text))] if note is not None and note.text else []
    for order, (role, _a, _b, text) in [*texts.items(), *notes]:
        moved_before = note.reprint_end if order == -1 and note is not None else None
        # (a revision heading over the note alone, "CORRECTED REPORT - LATERALITY", no diagnosis of its own)
        noted = role in (AMENDMENT, ADDENDUM) or role == REVISION and order not in with_mentions
        if not noted or not _LATERALITY_CORRECTION.search(text) or _PART_SIDE_STATED.search(text):
            continue  # (a note stating each part's side moves those parts only: _assign_corrected_part_sides)
        wrong_sides = list(_WRONG_SIDE.finditer(text))
        wrong = {_side_letter(m.group("side")) for m in wrong_sides}
        # (a side only "as entered / recorded / transcribed" is wrong for the report only: _placed_report_side)
        entered = all(m.group("entered") for m in wrong_sides)
        right = {_side_letter(m.group("side")) for m in _CORRECT_SIDE.finditer(text)
                 if not _TEST_SUBJECT.search(text, max(0, m.start() - _TEST_SUBJECT_CHARS), m.start())
                 and (not entered or _placed_report_side(text, m))} - wrong
        if len(right) != 1 or len(wrong) != 1 or right == wrong:
            continue
        old, new = next(iter(wrong)), next(iter(right))
        if reprinted and any(m.role in decisive and new in m.sides and m.category != lexicon.OTHER for m in mentions):
            continue
        for m in mentions:
            if (m.role in decisive and m.sides == frozenset((old,)) and m.role not in (AMENDMENT, ADDENDUM)
                    and (moved_before is None or m.start < moved_before)):
                m.sides = frozenset((new,))


# A correction note that states each part's side: "Part A is from the LEFT breast and Part B is from the RIGHT".
_PART_SIDE_STATED = re.compile(
    # (its case named between: "Part B of this case was from the RIGHT breast")
    # (or named "Specimen 2", and the part left as it was said so: "Specimen 1 remains right breast")
    # (or the specimen named by its part's label, and where it was received from: "The specimen labeled part B was
    # received from the RIGHT breast")
    r"\b(?:part|specimen)\s+(?:labell?ed\s+(?:as\s+)?(?:part\s+)?)?(?P<label>[A-Z]|\d{1,2})"
    r"(?:\s+(?:of|in)\s+(?:this|the\s+present)\s+(?:case|report|accession))?"
    r"\s+(?:is|was|comes|came|remains|stays)\s+(?:(?P<received>received|submitted|taken|obtained)\s+)?"
    r"(?:from\s+|of\s+)?(?:the\s+)?(?P<side>left|right)\b"
    # (a side it was received from is the corrected one only when nothing retracts it: "Part A was submitted from the
    # right breast in error; it is from the LEFT breast" states the left, and so does "... from the right breast
    # clinic but it is from the LEFT breast" and "... from the right breast according to the request form, but ...")
    r"(?(received)(?:(?:\s+breast)?(?:\s+in\s+error\b|\s+clinic\b|[^.;\n]{0,60}?(?=\bbut\b))"
    r"[^.\n]{0,40}?\b(?:is|was|came)\s+(?:in\s+fact\s+|actually\s+)?from\s+(?:the\s+)?(?P<corrected>left|right)\b"
    r"|(?!(?:\s+breast)?\s+(?:in\s+error|clinic)\b|[^.;\n]{0,60}\bbut\b)))",
    re.IGNORECASE)


def _stated_part_sides(texts: Iterable[str]) -> dict[str, str]:
    """Each part's side as a laterality correction note among ``texts`` states it (_PART_SIDE_STATED), the first
    statement of a part standing."""
    stated: dict[str, str] = {}
    for text in texts:
        if _LATERALITY_CORRECTION.search(text):
            for m in _PART_SIDE_STATED.finditer(text):
                stated.setdefault(m.group("label").upper(), (m.group("corrected") or m.group("side"))[0].upper())
    return stated


def _assign_corrected_part_sides(mentions: list[_Mention], texts: dict, decisive: set[str], head: str,
                                 note: ReprintNote | None = None) -> None:
    """Parts transposed or mislabelled, with the diagnoses reprinted as first issued: the side the
    correction note states for a part replaces the side printed on that part's header. The note is
    an amendment or addendum section, or the report's ``head`` under a corrected report's banner
    ("" when the head says nothing of a correction); or ``note``, the note just before a reprint further down
    (_reprint_note: a letter quoting the corrected report, '"CORRECTED REPORT (<date>). Correction note: the parts were
    transposed at specimen labelling. Part A is from the RIGHT breast. ... FINAL DIAGNOSIS (as originally issued
    ...): A. Left breast ..."'), which moves the parts of that reprint only (up to its closing quotation mark), and
    only where each part the note states is printed there (a part run in on the line of the part before it
    included)."""
    notes = [text for role, _a, _b, text in texts.values() if role in (AMENDMENT, ADDENDUM)]
    stated = _stated_part_sides([*notes, head] if head else notes)
    reprinted = _stated_part_sides([note.text]) if note is not None and note.text else {}
    if note is not None and not reprinted.keys() <= {label for _at, label in note.starts}:
        reprinted = {}  # (a part the note states but the reprint does not print: the printed sides stand)
    if not stated and not reprinted:
        return
    part_at = [at for at, _label in note.starts] if reprinted else []
    for m in mentions:
        if m.part is None or m.role not in decisive or m.role in (AMENDMENT, ADDENDUM):
            continue
        if m.part.label in stated:
            m.sides = frozenset((stated[m.part.label],))
        elif reprinted and part_at[0] <= m.start < note.reprint_end:
            # (the reprint's part holding the mention, a run-in one included)
            label = note.starts[bisect.bisect_right(part_at, m.start) - 1][1]
            if label in reprinted:
                m.sides = frozenset((reprinted[label],))


# An erratum that replaces the side word: 'where it reads "LEFT BREAST", it must read "RIGHT BREAST"' ('where it
# is written "left breast", it must be "RIGHT BREAST"', 'where the conclusion reads "right breast", ...'),
# "for left read right", "read RIGHT breast as LEFT breast"; a translated one keeps its own side words and
# verb ('where it stands "venstre bryst", it must stand "HØYRE BRYST"').
# (the text named by its version or its kind: "where the final diagnosis reads LEFT BREAST")
_ERRATUM_WHERE = (r"where\s+(?:it|th(?:is|e)\s+(?:original\s+|initial\s+|first\s+|final\s+|issued\s+)?"
                  r"(?:report|protocol|document|diagnosis|conclusion|text))\s+(?:reads|says|states|stands|is\s+written)")
_SIDE_ERRATUM = re.compile(
    rf"\b(?:{_ERRATUM_WHERE}|for"
    # a Serbian / Croatian erratum keeps its own words: 'gde piše "desna dojka", treba da piše "LEVA DOJKA"'
    r"|gdj?e\s+(?:je\s+)?pi[šs]e"
    # ... and so does an Estonian one: 'kus on kirjas "parem rind", peab olema "VASAK RIND"'
    r"|kus\s+on\s+kirjas"
    # ... and a Latvian one: 'kur rakstīts "labā krūts", jābūt "KREISĀ KRŪTS"'
    r"|kur\s+rakst[īi]ts"
    # ... and a Bulgarian one: 'където е написано „лява млечна жлеза", трябва да се чете „ДЯСНА МЛЕЧНА ЖЛЕЗА"'
    r"|къде(?:то)?\s+(?:е\s+)?написано"
    # ... and a Russian one: 'где написано «левая молочная железа», следует читать «ПРАВАЯ МОЛОЧНАЯ ЖЕЛЕЗА»'
    r"|где\s+(?:было\s+)?написано"
    # ... and an Icelandic one: 'þar sem stendur "vinstra brjóst", á að standa "HÆGRA BRJÓST"'
    r"|þar\s+sem\s+stendur"
    # ... and a Portuguese / Spanish / Italian one: 'onde se lê "mama direita", leia-se "MAMA ESQUERDA"'
    r"|onde\s+(?:se\s+l[êe]|diz)|donde\s+dice|dove\s+si\s+legge"
    # ... and a Catalan one: 'on diu "mama esquerra", ha de dir "MAMA DRETA"'
    r"|on\s+diu"
    # ... and an Albanian one: 'ku shkruhet "gjiri i djathtë", duhet të shkruhet "GJIRI I MAJTË"'
    r"|ku\s+shkruhet"
    # ... and a Scandinavian one: Swedish 'där det står "vänster bröst" ska det stå "HÖGER BRÖST"', Norwegian
    # 'der det står ... skal det stå ...', Danish 'hvor der står ... skal der stå ...'
    r"|(?:d[äe]r|hvor)\s+de[tr]\s+st[åa]r"
    # ... and a Dutch one: 'waar staat "rechtermamma", moet staan "LINKERMAMMA"' (also "waar er staat")
    r"|waar\s+(?:er\s+)?staat)\s+"
    # (the quoted side may follow its first-language words: '"SÂN DREPT / RIGHT BREAST"')
    # (or come before them, in parentheses: "RIGHT BREAST (DESNA DOJKA), it must read LEFT BREAST")
    # (its breast word may wrap to the next line: "reads RIGHT\nBREAST, it must read LEFT BREAST")
    # (its first-language words may carry an apostrophe: Uzbek "o'ng sut bezi [right breast]")
    # (a Russian erratum quotes in guillemets: «левая молочная железа [left mammary gland]»)
    rf"[\"'“‘„«]?(?:[\w /\n(\"“”„'’«]{{0,30}}?[\s([])?(?P<old>{_SIDE_WORD}){_SIDE_WORD_END}"
    r"(?:\n?[^\n\"'”’»,;.(]){0,20}(?:\([^)\n]{1,40}\))?"
    r"[\"'”’»]?,?\s+(?:it\s+)?(?:(?:must|should|shall|is\s+to)?\s*(?:read|stand)|(?:must|should|shall)\s+(?:be|say)"
    r"|moet\s+(?:er\s+)?staan"
    r"|treba\s+(?:da\s+)?(?:pi[šs]e|pisati|stoji)|peab\s+olema|j[āa]b[ūu]t|трябва\s+да\s+(?:се\s+)?(?:чете|бъде)"
    r"|á\s+að\s+standa|leia-se|debe\s+decir|ha\s+de\s+dir|leggasi|duhet\s+t[ëe]\s+shkruhet|skal?\s+de[tr]\s+st[åa]"
    r"|следует\s+читать)\s+"
    r"[\"'“‘„«]?(?:[\w /\n(\"“”„'’«]{0,30}?[\s([])?"
    rf"(?P<new>{_SIDE_WORD}){_SIDE_WORD_END}"
    # An abbreviated side with its breast (or "side"), only in an erratum's own wording, its old side right after the
    # erratum's words and its new one right after "read": 'where the report reads "Rt. breast", it must read "Lt.
    # breast"' (also unquoted, "Rt.breast", its breast word wrapped to the next line, or the new side spelt out), or
    # quoted after "for": 'for "Rt. breast" read "Lt. breast"'. Not the loose "for ... read ..." of a clinical note,
    # whose words between "for Rt breast" and "read" are no erratum ("MRI for Rt breast read as BIRADS 4 and Lt breast
    # BIRADS 2", "slides for Rt breast cores were read by Dr Smith and Lt breast excision by Dr Jones")
    rf"|\b(?:{_ERRATUM_WHERE}\s+[\"'“‘]?|for\s+[\"'“‘])(?P<old4>[lr]t)\.?[ \t]*+\n?[ \t]*+(?:breast|side)\b[\"'”’]?,?\s+"
    r"(?:it\s+)?(?:(?:must|should|shall|is\s+to)\s+)?read\s+[\"'“‘]?"
    r"(?:(?P<new4>[lr]t)\.?[ \t]*+\n?[ \t]*+(?:breast|side)|(?P<new5>left|right))\b"
    # "Please read RIGHT breast as LEFT breast throughout this report" (also abbreviated with its breast: 'Please read
    # "Rt. breast" as "Lt. breast" in the report below')
    r"|\bread\s+[\"'“‘]?(?:(?P<old2>left|right)(?:\s+(?:breast|side))?|(?P<old3>[lr]t)\.?\s*breast)[\"'”’]?\s+as\s+"
    r"[\"'“‘]?(?:(?P<new2>left|right)\b|(?P<new3>[lr]t)\.?\s*breast\b)",
    re.IGNORECASE)


# ... but not an erratum about another document than this report, after its words ('read "Rt. breast" as "Lt. breast"
# on the ultrasound form', "... in the clinic letter", "... in the MDT report", "... on the cassette only") or before
# them ("Radiology request: read ..."): this report's own sides stand. After the words, only this report, its
# diagnosis or its original / above / below version may follow "in the" / "on the" (positive evidence: the other
# documents an erratum may name are too many to list); also not where the erratum says the report is right ("...; this
# report is correct", "the report is correct", "the laterality in this report is correct")
_ERRATUM_ON_ANOTHER_DOCUMENT = re.compile(
    r"(?:[ \t]+(?:breast|side))?[\"'”’]?[ \t]+(?:on|in)[ \t]+(?:the|this|her|his|their|our)[ \t]+"
    r"(?!(?:(?:final|original|amended|pathology|histopathology|above|below|preceding)[ \t]+)?"
    r"(?:report|diagnosis|conclusion)\b(?![ \t]+(?:of|from|to)\b)|(?:above|below)\b)", re.IGNORECASE)
_THIS_REPORT_CORRECT = re.compile(r"\b(?:this|the)[ \t]+report[ \t]+(?:is|was|remains)[ \t]+(?:correct|right|accurate)\b",
                                  re.IGNORECASE)
_ANOTHER_DOCUMENT_LEAD = re.compile(r"\b(?:radiology|imaging|ultrasound|mammography)[ \t]+(?:request|report|form)\b",
                                    re.IGNORECASE)

# A Russian erratum in guillemets corrects this report only where the quote of its new side ends its sentence
# ('следует читать «ПРАВАЯ МОЛОЧНАЯ ЖЕЛЕЗА [RIGHT MAMMARY GLAND]».'); one that goes on names the document it
# corrects ('... «ПРАВАЯ [RIGHT]» в направлении [in the request form].', '... «ПРАВАЯ [RIGHT]» in the request form.')
_GUILLEMET_ERRATUM_END = re.compile(r"[^»]{0,80}»[ \t]*(?:[.;]|\n|$)")
# ... and where neither the rest of its sentence nor the next one on its line names the request form as what it
# concerns ('«ПРАВАЯ [RIGHT]»; исправление касается направления [the correction concerns the request form].', '...
# «ПРАВАЯ [RIGHT]». This concerns the request form only.'): the English erratum's other documents
# (_ANOTHER_DOCUMENT_LEAD), the request form and its Russian name, направление
_OTHER_DOCUMENT_NAMED = re.compile(rf"{_ANOTHER_DOCUMENT_LEAD.pattern}|\b(?:request|referral)[ \t]+form\b|направлени",
                                   re.IGNORECASE)
# (one sentence on the erratum's line, up to its full stop or the line's end)
_SENTENCE_AFTER = re.compile(r"[^\n]*?(?:\.(?=\s)|$)", re.MULTILINE)


def _guillemet_erratum_on_another_document(norm: str, m: re.Match) -> bool:
    """True for a Russian side erratum in guillemets that does not end at its new side's quote
    (_GUILLEMET_ERRATUM_END), or whose own sentence or the next one on its line names another document
    (_OTHER_DOCUMENT_NAMED)."""
    ending = _GUILLEMET_ERRATUM_END.match(norm, m.end())
    if ending is None:
        return True
    if ending.end() == len(norm) or norm[ending.end() - 1] == "\n":
        return False  # (the erratum ends its line)
    # after a semicolon, the rest of its own sentence and the next one; after a full stop, the next one
    window = _SENTENCE_AFTER.match(norm, ending.end()).end()
    if norm[ending.end() - 1] == ";":
        window = _SENTENCE_AFTER.match(norm, window).end()
    return _OTHER_DOCUMENT_NAMED.search(norm, ending.end(), window) is not None


def _erratum_on_another_document(norm: str, m: re.Match) -> bool:
    """True for a side erratum that says it corrects another document (_ERRATUM_ON_ANOTHER_DOCUMENT), or a Russian one
    in guillemets that goes on past its new side's quote or names another document after it
    (_guillemet_erratum_on_another_document)."""
    line_start = norm.rfind("\n", 0, m.start()) + 1
    line_end = end_of_line(norm, m.end())
    if "«" in m.group(0) and _guillemet_erratum_on_another_document(norm, m):
        return True
    return (_ERRATUM_ON_ANOTHER_DOCUMENT.match(norm, m.end()) is not None
            or _ANOTHER_DOCUMENT_LEAD.search(norm, line_start, m.start()) is not None
            or _THIS_REPORT_CORRECT.search(norm, m.end(), line_end) is not None)


# The abbreviated side erratum ('where the report reads "Rt. breast", it must read "Lt. breast"') is read only where it
# stands as the erratum itself: at its line's start or after an erratum heading ("Amendment:", "ERRATUM -", "সংশোধনী
# [Amendment] 04/03/2026:"), and ending its sentence. Not quoted inside another sentence ("The request form was in
# error: where it reads ...", "The amendment of 02/03 (where the report reads ...) was issued in error", "Clinical
# history: S23-4410 was amended (where ...)"), nor with a condition after it ("... "Lt. breast" only if the pot says so")
_ABBREVIATED_ERRATUM_LEAD = re.compile(
    r"[ \t]*(?:(?:[^\n:\[\]]{1,30}[ \t]*\[)?(?:supplementary[ \t]+report|corrected[ \t]+report|amended[ \t]+report|amendment"
    r"|correction|corrigendum|erratum|addendum)\]?[^\n:\[\]]{0,20}?[ \t]*(?::|[-–](?:[ \t]|\Z))[ \t]*)?\Z", re.IGNORECASE)
_ABBREVIATED_ERRATUM_END = re.compile(r"(?:[ \t]+(?:breast|side)\b)?[\"'”’]?[ \t]*+(?:[.;]?[ \t]*+(?:\n|\Z)|[.;][ \t])")


# ... and not where the rest of its line or the next line limits or withdraws it ("This amendment was withdrawn",
# "This applies to report S25-1002 only", "Correction applies to the specimen label only")
_ERRATUM_LIMITED = re.compile(r"\b(?:withdrawn|rescinded|retracted|appl(?:y|ies)\s+to|label\s+only"
                              r"|(?:report|accession|case)\s+(?:no\.?\s*)?[a-z]{1,3}\d{2}-\d+)\b", re.IGNORECASE)
# ... nor under a heading line that names another, pasted document ("Radiology addendum (pasted):")
_PASTED_DOCUMENT_HEADING = re.compile(r"[^\n]*\b(?:pasted|quoted|copied|excerpt|radiology|outside|external)\b[^\n]*:"
                                      r"[ \t]*\n\Z", re.IGNORECASE)


def _abbreviated_erratum_stands(norm: str, m: re.Match) -> bool:
    """Whether the abbreviated side erratum ``m`` stands as the erratum of its line (_ABBREVIATED_ERRATUM_LEAD before it,
    _ABBREVIATED_ERRATUM_END after it), not limited on its line or the next (_ERRATUM_LIMITED) nor under another
    document's heading (_PASTED_DOCUMENT_HEADING)."""
    line_start = norm.rfind("\n", 0, m.start()) + 1
    if (_ABBREVIATED_ERRATUM_LEAD.match(norm[line_start : m.start()]) is None
            or _ABBREVIATED_ERRATUM_END.match(norm, m.end()) is None):
        return False
    next_end = end_of_line(norm, min(len(norm), end_of_line(norm, m.end()) + 1))
    if _ERRATUM_LIMITED.search(norm, m.end(), next_end) is not None:
        return False
    heading_start = norm.rfind("\n", 0, max(0, line_start - 1)) + 1
    return line_start == 0 or _PASTED_DOCUMENT_HEADING.match(norm[heading_start:line_start]) is None


_TRANSLATED_ERRATUM_VERBS = ("leia-se", "decir", "de dir", "leggasi", "står", "staan", "must say", "should say")


def _apply_side_erratum(mentions: list[_Mention], s: Structure, decisive: set[str]) -> None:
    """An erratum that replaces one side word by the other moves the diagnosis to that side."""
    norm = s.norm
    if ("read" not in norm and "READ" not in norm and "Read" not in norm and "stand" not in norm and "written" not in norm
            and "piše" not in norm and "pise" not in norm and "kirjas" not in norm and "rakst" not in norm
            and "написано" not in norm and "shkruhet" not in norm and not s.may_contain(_TRANSLATED_ERRATUM_VERBS)):
        # every erratum says "read" (or "stand", "written", "piše", "kirjas", "rakstīts", "написано", "shkruhet",
        # "leia-se", "debe decir", "ha de dir", "leggasi", "står", "staan", "must say"): most reports are spared the scan
        return
    # (an abbreviated erratum that does not stand as the erratum, one quoted in another sentence, is passed over: a real
    # erratum later in the report still moves the diagnosis)
    m = next((m for m in _SIDE_ERRATUM.finditer(norm)
              if not m.group("old4") or _abbreviated_erratum_stands(norm, m)), None)
    if m is None or _erratum_on_another_document(norm, m):
        return
    old = _side_letter(m.group("old") or m.group("old2") or m.group("old3") or m.group("old4"))
    new = _side_letter(m.group("new") or m.group("new2") or m.group("new3") or m.group("new4")
                       or m.group("new5"))
    if old == new:
        return
    for w in mentions:
        if w.role in decisive and w.sides == frozenset((old,)) and not (
                w.start <= m.end() and m.start() < w.end):
            w.sides = frozenset((new,))


# An erratum that replaces a diagnosis by quoting it: 'where it reads "DCIS, low grade", it must read
# "atypical ductal hyperplasia"' (a translated erratum's 'where it says "...", it should say "..."');
# Spanish 'donde dice "..." debe decir "..."', Italian 'dove si legge "..." leggasi "..."', Portuguese
# 'onde se lê "..." leia-se "..."' (a quote may wrap over a line).
_QUOTED_ERRATUM = re.compile(
    r"\b(?:where\s+(?:it|th(?:is|e)\s+(?:\w+\s+){0,2}?(?:report|protocol|document|diagnosis|conclusi[oó]n|text))\s+"
    r"(?:reads|says|states)|donde\s+dice|dove\s+si\s+legge|onde\s+(?:se\s+l[êe]|diz))\s+"
    r"[\"“](?P<old>[^\"“”]{1,160})[\"”],?\s+(?:it\s+)?(?:must|should|shall|is\s+to)?\s*"
    r"(?:read|say|debe\s+decir|d[ée]be\s+leerse|l[ée]ase|leggasi|leia-se)\s+[\"“](?P<new>[^\"“”]{1,160})[\"”]",
    re.IGNORECASE)
_QUOTED_ERRATUM_WORDS = ("where", "donde", "dove", "onde")


# a capitalised name word right before a mention ("Whitlock CCC"), also in capitals on a heading ("WHITLOCK CCC REVIEW
# DIAGNOSIS:")
_NAME_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]{2,}|[A-Z]{3,})[ \t]+$")


def _is_initials_of_named_institution(norm: str, start: int, end: int, cache: dict[tuple[str, str], bool]) -> bool:
    """An upper-case abbreviation after a name word that spells the initials of the words after that same name
    elsewhere in the report: "Whitlock CCC" of "Whitlock Comprehensive Cancer Center" is the institution.
    ``cache`` (one per report) keeps each (name, abbreviation)'s answer: the search runs over the whole report,
    once per pair instead of once per mention (a long report repeats its lines)."""
    abbr = norm[start:end]
    if not (2 <= len(abbr) <= 6 and abbr.isalpha() and abbr.isupper()):
        return False
    name = _NAME_WORD_BEFORE.search(norm, max(0, start - 30), start)
    if name is None:
        return False
    key = (name.group(1), abbr)
    if key not in cache:
        # (the name word in either case: the heading's capitals name the institution its header line spells out; the
        # spelled words capitalised, so "WITH DCIS" is never the initials of an upper-case "WITH DUCTAL CARCINOMA ...")
        spelled = f"(?i:{re.escape(name.group(1))})" + "".join(rf"[ \t]+{c}[a-z]+" for c in abbr) + r"\b"
        cache[key] = re.search(spelled, norm) is not None
    return cache[key]


# A clinician's initials signing off a note after its last sentence ('... on Wednesday. FA"', "... next week. - FA"):
# after a full stop the note's closing quotation mark right after them (a terse report's "Left breast core biopsy. FA"
# at its line's end is the finding), after a dash also the line's end
_SIGN_OFF_BEFORE = re.compile(r"(?:[.!?]|(?P<dash>[ \t][-–—]))[ \t]+$")
_SIGN_OFF_AFTER = re.compile(r"\.?[ \t]*(?:[\"”'’)]|(?P<end>$))", re.MULTILINE)


def _is_clinician_sign_off(norm: str, start: int, end: int) -> bool:
    """An upper-case abbreviation that closes a note after its last sentence and spells the initials of a clinician
    the report names ("FA" under "Dr F. Adair" or "Dr Fiona Adair"): the clinician signing, never a finding (the
    same letters as a diagnosis, "Right breast core: FA.", follow no sentence of their own)."""
    abbr = norm[start:end]
    if not (2 <= len(abbr) <= 3 and abbr.isalpha() and abbr.isupper()):
        return False
    before = _SIGN_OFF_BEFORE.search(norm, max(0, start - 4), start)
    after = _SIGN_OFF_AFTER.match(norm, end)
    if before is None or after is None or (after.group("end") is not None and before.group("dash") is None):
        return False
    given = "".join(rf"{c}[a-z]*\.?[ \t]+" for c in abbr[:-1])
    named = rf"\b{_PERSON_TITLE}\.?[ \t]+{given}{abbr[-1]}[a-z]"
    return re.search(named, norm) is not None


def _apply_quoted_erratum(mentions: list[_Mention], s: Structure, decisive: set[str]) -> None:
    """An erratum that quotes the diagnosis it replaces: the quoted reading and its mentions
    elsewhere in the report (the reprinted original) no longer count; the new reading, quoted too,
    is a diagnosis (not a term named in quotation marks)."""
    norm = s.norm
    if ('"' not in norm and "“" not in norm) or not s.may_contain(_QUOTED_ERRATUM_WORDS):
        return  # every such erratum quotes, after one of these words
    errata = list(_QUOTED_ERRATUM.finditer(norm))
    for e in errata:
        a, b = e.span("old")
        old = [m for m in mentions if a <= m.start < b]
        if not old:
            continue  # a side erratum ('where it reads "LEFT BREAST"'): _apply_side_erratum
        names = {m.finding for m in old}
        for m in mentions:
            if a <= m.start < b:
                m.withdrawn = True
            elif e.start("new") <= m.start < e.end("new"):
                m.field = "" if m.field == "title" else m.field
            # (not inside another erratum either: a translated erratum's gloss repeats it, '... debe decir
            # "papiloma sin atipia" [where it says ..., it must say "papilloma without atypia"]', and each copy's new
            # reading names the finding the other copy's old one quotes)
            elif m.finding in names and m.role in decisive and not any(x.start() <= m.start < x.end() for x in errata):
                m.superseded = True


# A clinic letter to the practitioner ("Dear Dr Kaur,") that quotes the pathology report in quotation marks:
# the quoted report decides; the letter's own words (the presentation, a diagnosis list, the surgeon's
# explanation, a recalled earlier biopsy) are its clinical history.
_LETTER_SALUTATION = re.compile(
    r"^[ \t]*Dear[ \t]+(?:" + _PERSON_TITLE + r"|Colleague|Sir)\b", re.MULTILINE)
# A ward handover note in SBAR form ("S - Situation:", "SITUATION:", "S (Situation):") that quotes the histology
# returned today reads the same way: the quoted report decides; the note's own words (the procedure the patient is
# in for, the background, the assessment and plan) are its clinical history.
_HANDOVER_SITUATION = re.compile(r"^[ \t]*(?:S[ \t]*(?:[-\u2013:.)][ \t]*|(?=\()))?\(?situation\)?[ \t]*:",
                                 re.IGNORECASE | re.MULTILINE)
_HANDOVER_WORDS = ("situation",)  # every match of _HANDOVER_SITUATION has it: other reports skip the scan
# A record of a service outside pathology (an occupational health report, a blood donor enquiry, a psycho-oncology
# triage note) that says in its own words it quotes the histology ("Histology quoted:", "Most recent histology
# (verbatim from pathology report):", "The surgical histology reads:") over the quotation reads the same way: the
# quoted report decides; the record's own words (the history it was told, its guideline, its outcome) are history.
# (the quotation on a line of its own: a pathology report's own "Previous histology reads: "..."" run on in a sentence
# quotes an earlier result inside the report, which keeps its own diagnosis; nor an earlier or outside result's lead)
_QUOTED_HISTOLOGY_LEAD = re.compile(
    r"(?<!previous )(?<!prior )(?<!earlier )(?<!outside )"
    r"\b(?:histolog|patholog)[a-z]*\b[^\n\"“:]{0,60}?\b(?:quoted|verbatim|reads)\b[^\n\"“:]{0,60}:[ \t]*\n[ \t]*[\"“]",
    re.IGNORECASE)
_QUOTED_HISTOLOGY_WORDS = ("quoted", "verbatim", "reads")  # every match of _QUOTED_HISTOLOGY_LEAD has one
# A consultation letter to the referring pathologist ("Dear Dr Anand, Thank you for sending the core biopsy ... for
# opinion.") that quotes the addressee's own report ('Your report reads "Right breast core: invasive carcinoma,
# probable tubular type".') above its own review heading ("Greyfield REVIEW:"): the quotation is the referring
# diagnosis, and the review decides. Only a letter to a doctor or a colleague, the quotation opened right after "your
# report / diagnosis" and its verb, with a diagnosis heading of the letter's own below it ('Dear Mrs ...', 'the report
# reads "..."', or no review heading after it: the quoted report decides as in any letter). The heading below must
# name the review as the letter's own: a review, "our diagnosis / opinion / review", a consultation or an opinion
# ("ROYAL HALLAM REVIEW DIAGNOSIS", "OUR OPINION", "CONSULTATION DIAGNOSIS", "DIAGNOSIS (on review)"), or the
# institution of the letter's head before "DIAGNOSIS" ("GLENCAIRN DIAGNOSIS" under "GLENCAIRN REGIONAL BREAST
# PATHOLOGY"); a clinic letter's own "Diagnosis:", "Impression:", "Our impression:", "Our conclusion:" or "SUMMARY OF
# MDT DISCUSSION:" is no review. And the review must diagnose the quoted
# breast itself: one that only agrees ("Concur with the referring diagnosis (see above).") keeps the quotation.
_CONSULT_SALUTATION = re.compile(r"^[ \t]*Dear[ \t]+(?:Dr|Doctor|Prof|Professor|Colleagues?)\b", re.MULTILINE)
_COLLEAGUES_SALUTATION = re.compile(r"^[ \t]*Dear[ \t]+Colleagues\b", re.MULTILINE)
# (the lead-in may wrap: "... for opinion. Your" / "report reads "; the report's date may stand before its verb:
# "Your report of 14/01/2026 reads")
_ADDRESSEE_REPORT = re.compile(r"\byour\s+(?:own\s+)?(?:report|diagnosis)\s+(?:of\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\s+)?"
                               r"(?:reads|read|states|stated|was|is)\s*(?::\s*)?$", re.IGNORECASE)
# ("our" only before the review's own noun: "OUR OPINION", "Our diagnosis", "Our review"; a radiologist's or a
# surgeon's "Our impression:" / "Our conclusion:" weighs the imaging or the clinic, no review of the quoted report)
_REVIEW_HEADING = re.compile(r"\b(?:review|our\s+(?:diagnos[ie]s|opinion|review)|consultation|opinion)\b",
                             re.IGNORECASE)
# (one or two words before "DIAGNOSIS": the institution's name when the letter's head names it)
_NAMED_DIAGNOSIS_HEADING = re.compile(r"[ \t]*(?P<name>[A-Za-z][A-Za-z'’.-]{2,30})(?:[ \t]+[A-Za-z][A-Za-z'’.-]{1,30})?"
                                      r"[ \t]+diagnos[ie]s[ \t]*:?[ \t]*", re.IGNORECASE)
_GENERIC_HEADING_WORDS = frozenset({"final", "pathology", "pathological", "histopathology", "histopathological",
                                    "histology", "histological", "clinical", "breast", "surgical", "provisional",
                                    "revised", "amended", "corrected", "referring", "outside", "cytology",
                                    "differential", "working", "principal", "primary", "frozen", "microscopic"})
ADDRESSEE_LEAD_CHARS = 60  # the words before a quotation read for "your report reads"
# (every pair of marks is a quotation: a short quoted word before the quoted report, '"a cyst"', keeps the
# marks paired; quotations of fewer than 20 characters are words, not a report)
_LETTER_QUOTE = re.compile(r"[\"“](?P<q>[^\"“”]{0,1500})[\"”]")
# A letter may paste the returned report without quotation marks, under a heading of its own that names the laboratory's
# accession number in its aside ("FINAL SURGICAL PATHOLOGY (St. Cuthbert's Pathology, SC-26-01772, signed
# 03/09/2026):" over its indented lines): that block, to its first blank line, is read as the quoted report; not an
# earlier, outside or previous one's ("PREVIOUS PATHOLOGY (SC-24-00112):")
_PASTED_RESULT_HEADING = re.compile(
    r"^[ \t]*(?:final[ \t]+)?(?:surgical[ \t]+)?(?:pathology|histology|histopathology)(?:[ \t]+report)?[ \t]*"
    r"\((?P<aside>[^()\n]{1,120})\)[ \t]*:[ \t]*\n", re.IGNORECASE | re.MULTILINE)
_PASTED_RESULT_ACCESSION = re.compile(r"\b[A-Z]{1,5}-?(?P<yy>\d\d)-(?:[A-Z]{1,2}-)?\d{3,}\b")
# ... a result of the letter's own time: the aside's year (a date's, else the accession's "SB-19-" → 2019) no more than a
# year before the latest year the letter prints, and the lines above it naming no original or reference diagnosis (a
# follow-up letter's "Her original diagnosis, for reference:" over "HISTOLOGY (St. Brendan's Pathology, SB-19-04411,
# signed 12/03/2019):" pastes her history)
_PASTED_RESULT_YEARS_BEFORE = 1
_PASTED_RESULT_RECALLED = re.compile(r"\b(?:(?:original|initial|first|earlier)\s+diagnos[ie]s|for\s+reference|"
                                     r"at\s+(?:the\s+time\s+of\s+)?diagnosis)\b", re.IGNORECASE)
_PASTED_RESULT_LEAD_CHARS = 200  # characters before the heading read for those words (its two lines above at most)
_PASTED_RESULT_EARLIER = re.compile(r"\b(?:previous(?:ly)?|prior|earlier|outside|external|referr(?:ing|ed|al))\b",
                                    re.IGNORECASE)
_PASTED_RESULT_WORDS = ("pathology", "histology", "histopathology")
MIN_QUOTED_REPORT = 20
# The lay word "cancer" in a patient's or a relative's own words quotes no report, accept-only by who says it: the
# clause that introduces the quotation (from its sentence's start, after a "Dear ...," salutation) names the patient or
# a relative as the speaker, straight before the quotation ('she asked "is the cancer ..."', 'her husband said "..."',
# 'the patient wrote "..."') or opening that sentence ('You told us ... why the right breast needed surgery "if the
# cancer was in the left"'), or the quotation is the speaker's own ('"my cancer ..."', '"your cancer ..."'). Never
# when that clause names a document, a test or a clinician ('the previous path said "Breast cancer, left, to confirm
# on excision?"', 'the cytology said "..."', 'Dr Ali's MDT note says "..."', 'the report reads "..."'): that is the
# quoted report's word, and the quotation decides; a "?" alone makes no question of a report's words.
_LAY_CANCER = re.compile(r"(?:breast[ \t]+)?cancer", re.IGNORECASE)
# (the speaker's own cancer: "my" or "your" in the quotation's clause before the word, no sentence end between)
_LAY_OWNER = re.compile(r"\b(?:my|your)\b[^.;:!?\n]{0,60}\Z", re.IGNORECASE)
_LAY_SPEAKER_WHO = (r"(?:she|he|they|you|(?-i:I)|we|the[ \t]+patient|(?:her|his|your|my)[ \t]+(?:husband|wife|partner|"
                    r"son|daughter|mother|father|sister|brother|family|friend))")
_LAY_SPEAKER_VERB = r"(?:said|says|asked|asks|wrote|writes|told[ \t]+(?:us|me)|tells[ \t]+(?:us|me))"
# (the speaker straight before the opening mark: 'she asked "...', 'her husband, asked: "...')
_LAY_SPEAKER = re.compile(rf"\b{_LAY_SPEAKER_WHO}[ \t]+(?:[a-z]+[ \t]+)?{_LAY_SPEAKER_VERB}[ \t]*[,:]?[ \t]*\Z",
                          re.IGNORECASE)
# (or opening the quotation's sentence: 'You told us you felt pressured ... "if the cancer was in the left"')
_LAY_SPEAKER_OPENS = re.compile(rf"[ \t]*{_LAY_SPEAKER_WHO}[ \t]+{_LAY_SPEAKER_VERB}\b", re.IGNORECASE)
# (the introducing clause starts after the last sentence end or line start, and after a salutation's comma)
_LAY_CLAUSE_START = re.compile(r"(?:\A|[.!?\n])(?:[ \t]*dear[ \t]+[^,\n]{1,60},)?(?=[^.!?\n]*\Z)", re.IGNORECASE)
# (a document, a test or a clinician in that clause: then the words are a report's or a clinician's)
_LAY_NOT_SPEAKER = re.compile(
    r"\b(?:reports?|results?|path|patholog\w*|histolog\w*|cytolog\w*|biops\w*|bx|core|fnac?|frozen|specimens?|slides?|"
    r"conclu\w*|diagnos\w*|summary|notes?|minutes|mdt|letters?|card|form|referral|records?|scan|mammogram|ultrasound|"
    r"gp|dr|doctor|surgeon|consultant|pathologist|radiologist|oncologist|clinician|nurse|team|clinic|previous|outside|"
    r"prior|earlier)\b", re.IGNORECASE)
LAY_INTRODUCER_CHARS = 200  # the words before a quotation read for who says it


def _lay_cancer(norm: str, m: _Mention, quote: tuple[int, int]) -> bool:
    """The mention is the lay word "cancer" in a quotation of a patient's or a relative's words (_LAY_CANCER)."""
    a, b = quote
    if not _LAY_CANCER.fullmatch(norm, m.start, m.end):
        return False
    lead = max(0, a - 1 - LAY_INTRODUCER_CHARS)  # (the text before the opening mark at a - 1)
    start = _LAY_CLAUSE_START.search(norm, lead, a - 1)
    if start is None:
        return False  # (no sentence start within reach: no clause to name the speaker)
    clause = (start.end(), a - 1)
    if _LAY_NOT_SPEAKER.search(norm, *clause):
        return False
    return bool(_LAY_SPEAKER.search(norm, *clause) or _LAY_SPEAKER_OPENS.match(norm, *clause)
                or _LAY_OWNER.search(norm, a, m.start))


# A first-language phrase kept before its translation in square brackets, in the same sentence ("ADH yoki DCIS
# chegarasida [at the border between ADH and DCIS]"): the bracket opens within a few words of the mention.
_TRANSLATION_BRACKET = re.compile(r"[^.;\[\]]{0,80}?\[")
TRANSLATION_BRACKET_CHARS = 240  # the longest bracketed translation read


_WORD_BEFORE = re.compile(r"([^\W\d_]{4,})[ \t]+$")
COGNATE_CHARS = 4  # a first-language adjective and its translation share their first letters ("papiller", "papillary")


def _names_term(norm: str, gloss: _Mention, term: _Mention) -> bool:
    """The gloss's words end with the term as written, a longer name of it whose added word translates the word
    before the term ("papillary DCIS" glossing "papiller DCIS", the term matched "DCIS")."""
    named, written = norm[gloss.start : gloss.end].lower(), norm[term.start : term.end].lower()
    if len(named) <= len(written) or not named.endswith(" " + written):
        return False
    added = _WORD_BEFORE.search(named, 0, len(named) - len(written))
    before = _WORD_BEFORE.search(norm, max(0, term.start - 40), term.start)
    return (added is not None and before is not None
            and added.group(1)[:COGNATE_CHARS] == before.group(1)[:COGNATE_CHARS].lower())


def _apply_bracketed_translations(mentions: list[_Mention], s: Structure) -> None:
    """A term in first-language words reads as its bracketed translation says: the translation's hedge,
    differential or negation of the same finding applies to the term it translates (the first-language
    hedge word is not in the cue lists), and a term whose translation opens the bracket with another
    finding is that finding (Portuguese "Carcinoma basocelular [basal cell carcinoma]" is the skin
    tumour, not a breast carcinoma: the first-language word order leaves "Carcinoma" matched alone)."""
    norm = s.norm
    if "[" not in norm:
        return  # a translation that keeps its first language brackets the English
    for i, m in enumerate(mentions):
        bracket = _TRANSLATION_BRACKET.match(norm, m.end, min(len(norm), m.end + 81))
        if bracket is None:
            continue
        gloss = mentions[i + 1] if i + 1 < len(mentions) else None
        if (gloss is not None and gloss.finding != m.finding and gloss.start >= bracket.end()
                and not norm[bracket.end() : gloss.start].strip()):
            # (the gloss is the bracket's first words, no other mention between the term and its bracket)
            m.finding, m.category = gloss.finding, gloss.category
        if m.ctx.negated or m.ctx.uncertain or m.ctx.differential:
            continue
        close = norm.find("]", bracket.end(), bracket.end() + TRANSLATION_BRACKET_CHARS)
        if close < 0:
            continue
        for t in mentions[i + 1 :]:
            if t.start >= close:
                break
            # (the same finding, or a gloss that names the term as written inside a longer name: "papiller DCIS
            # tanısı geri çekilmiştir [the previous diagnosis of papillary DCIS is withdrawn]", the first language's
            # adjective left out of the term)
            # (the term the bracket translates: no other mention between it and the bracket)
            last = i + 1 == len(mentions) or mentions[i + 1].start >= bracket.end()
            if t.start >= bracket.end() and (t.finding == m.finding or last and _names_term(norm, t, m)) and (
                    t.ctx.negated or t.ctx.uncertain or t.ctx.differential):
                m.ctx = t.ctx
                break


def _apply_letter_quotes(mentions: list[_Mention], s: Structure) -> None:
    """In a letter, an SBAR handover note or another service's record introducing its quoted histology, that
    quotes a report with a benign or malignant term in it, the mentions outside the quotes are its history."""
    norm = s.norm
    if '"' not in norm and "“" not in norm:
        return  # only a letter or handover note with quotation marks is read so
    letter = bool("Dear" in norm and _LETTER_SALUTATION.search(norm)
                  or s.may_contain(_HANDOVER_WORDS) and _HANDOVER_SITUATION.search(norm))
    # (a consultation letter to "Dear Colleagues," is read for the addressee's quoted report only: no clinic letter)
    colleagues = not letter and "Dear" in norm and s.may_contain(("your",)) and _COLLEAGUES_SALUTATION.search(norm)
    quoted_lead = letter or s.may_contain(_QUOTED_HISTOLOGY_WORDS) and _QUOTED_HISTOLOGY_LEAD.search(norm)
    if not quoted_lead and not colleagues:
        return
    # (a record that only says it quotes the histology keeps a diagnosis under its own heading: a pathology
    # report whose history quotes an earlier one, 'previous histology reads: "..."', still gives its diagnosis)
    own_roles = (DIAGNOSIS, BODY) if letter else (BODY,)
    quotes = [q.span("q") for q in _LETTER_QUOTE.finditer(norm) if len(q.group("q")) >= MIN_QUOTED_REPORT]
    if letter and s.may_contain(_PASTED_RESULT_WORDS):
        quotes += _pasted_results(norm)
    if (letter or colleagues) and s.may_contain(("your",)):
        quotes = _drop_addressee_reports(mentions, s, quotes)
    if not quoted_lead:
        return
    within = [next(((a, b) for a, b in quotes if a <= m.start and m.end <= b), None) for m in mentions]
    if not any(q is not None and m.category != lexicon.OTHER and not _lay_cancer(norm, m, q)
               for q, m in zip(within, mentions, strict=True)):
        return  # no report quoted (a term in quotation marks is no report, nor a patient's or a relative's "cancer")
    for q, m in zip(within, mentions, strict=True):
        if q is None and m.role in own_roles:
            m.role = HISTORY


def _pasted_results(norm: str) -> list[tuple[int, int]]:
    """The spans of the reports a letter pastes under a heading naming the laboratory's accession number
    (_PASTED_RESULT_HEADING), of the letter's own time (_PASTED_RESULT_YEARS_BEFORE, _PASTED_RESULT_RECALLED): from
    the heading's next line to the first blank line, or, its lines indented under the heading, to the first line that
    is not (the letter's own next sentence: "As you know, she had a simple cyst aspirated ...")."""
    spans = []
    latest = None
    for m in _PASTED_RESULT_HEADING.finditer(norm):
        aside = m.group("aside")
        accession = _PASTED_RESULT_ACCESSION.search(aside)
        if accession is None or _PASTED_RESULT_EARLIER.search(aside) is not None:
            continue
        if latest is None:
            latest = max((int(y.group()) for y in YEAR.finditer(norm)), default=0)
        year = max((int(y.group()) for y in YEAR.finditer(aside)), default=2000 + int(accession.group("yy")))
        above = norm.rfind("\n", 0, max(0, m.start() - 1))  # (the newline before the line above the heading)
        lead = norm.rfind("\n", 0, max(0, above)) + 1  # (where the line two above it starts)
        if year < latest - _PASTED_RESULT_YEARS_BEFORE or _PASTED_RESULT_RECALLED.search(
                norm, max(lead, m.start() - _PASTED_RESULT_LEAD_CHARS), m.start()) is not None:
            continue
        blank = BLANK_LINE.search(norm, m.end() - 1)
        end = blank.start() if blank is not None else len(norm)
        heading_indent = len(m.group()) - len(m.group().lstrip(" \t"))
        indent = _indent(norm, m.end())
        if indent > heading_indent:
            line = norm.find("\n", m.end(), end)
            while line >= 0 and _indent(norm, line + 1) > heading_indent:
                line = norm.find("\n", line + 1, end)
            end = line if line >= 0 else end
        spans.append((m.end(), end))
    return spans


_LINE_INDENT = re.compile(r"[ \t]*")


def _indent(norm: str, pos: int) -> int:
    """The spaces and tabs that open the text at ``pos``, counted."""
    return _LINE_INDENT.match(norm, pos).end() - pos


def _drop_addressee_reports(mentions: list[_Mention], s: Structure, quotes: list[tuple[int, int]]
                            ) -> list[tuple[int, int]]:
    """The ``quotes`` less those of the addressee's own report in a consultation letter (_ADDRESSEE_REPORT), whose
    mentions are the referring (outside) diagnosis."""
    norm = s.norm
    salutation = _CONSULT_SALUTATION.search(norm)
    if salutation is None:
        return quotes
    # (the letter's last review heading of its own: a quotation above it has a review of the letter's own below it)
    head = _LetterHead(norm[: salutation.start()])
    review = next((sec for sec in reversed(s.sections) if sec.start > salutation.end() and sec.role == DIAGNOSIS
                   and sec.heading_end > sec.start and _review_heading(norm[sec.start : sec.heading_end], head)), None)
    if review is None:
        return quotes
    # (the breasts the review diagnoses: an entity of its own, not one it negates; none, and no quotation is reviewed)
    entities = [m for m in mentions if m.category != lexicon.OTHER]
    entity_starts = [m.start for m in entities]  # (in text order, as the mentions are)
    reviewed = [m.sides for m in entities if review.heading_end <= m.start < review.end and not m.ctx.negated]
    if not reviewed:
        return quotes
    review_sides = frozenset().union(*reviewed)
    addressee_quotes = [
        (a, b) for a, b in quotes if salutation.end() < a and b <= review.start
        and _ADDRESSEE_REPORT.search(norm, max(0, a - 1 - ADDRESSEE_LEAD_CHARS), a - 1) is not None
        and _reviewed(entities[bisect.bisect_left(entity_starts, a) : bisect.bisect_left(entity_starts, b)], b, review_sides)]
    if not addressee_quotes:
        return quotes
    starts = [a for a, _b in addressee_quotes]  # (in order and apart, as the quotations are)
    for m in mentions:
        i = bisect.bisect_right(starts, m.start) - 1
        if i >= 0 and m.end <= addressee_quotes[i][1]:
            m.outside = True
    dropped = set(addressee_quotes)
    return [q for q in quotes if q not in dropped]


class _LetterHead:
    """A letter's lines above its salutation, asked whether they name an institution (:func:`_review_heading`): each
    name is looked up once, and an ASCII head's words are collected once for a name of letters alone, so a letter
    with many diagnosis headings reads its head once, not once a heading."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._words: set[str] | None = None
        self._named: dict[str, bool] = {}

    def names(self, name: str) -> bool:
        """Whether ``name`` (ASCII: _NAMED_DIAGNOSIS_HEADING) stands in the head as a whole word, case aside."""
        key = name.lower()
        hit = self._named.get(key)
        if hit is None:
            if key.isalpha() and self.text.isascii():
                # (a name of letters is a whole word exactly where it is one of the head's runs of word characters)
                if self._words is None:
                    self._words = set(re.findall(r"\w+", self.text.lower()))
                hit = key in self._words
            else:
                hit = re.search(r"\b" + re.escape(name) + r"\b", self.text, re.IGNORECASE) is not None
            self._named[key] = hit
        return hit


def _review_heading(heading: str, head: _LetterHead) -> bool:
    """Whether a letter's diagnosis ``heading`` names a review of the letter's own (:data:`_REVIEW_HEADING`), or is
    "<name> DIAGNOSIS" with the name in the letter's ``head`` (its lines above the salutation)."""
    if _REVIEW_HEADING.search(heading) is not None:
        return True
    named = _NAMED_DIAGNOSIS_HEADING.fullmatch(heading)
    if named is None or named.group("name").lower() in _GENERIC_HEADING_WORDS:
        return False
    return head.names(named.group("name"))


def _reviewed(quoted_entities: list[_Mention], end: int, review_sides: frozenset[str]) -> bool:
    """Whether the review diagnoses every breast a quotation names (``quoted_entities``: the entities from its opening
    on, ``end`` its close; ``review_sides``: the sides of the review's own entities), with an entity of its own."""
    quoted = [m.sides for m in quoted_entities if m.end <= end]
    return bool(quoted) and all(not sides or sides & review_sides for sides in quoted)


_WITHDRAWING_ROLES = frozenset({AMENDMENT, ADDENDUM, REVISION, DIAGNOSIS, BODY})
_WITHDRAWN_ROLES = frozenset({DIAGNOSIS, BODY, ADDENDUM, ORIGINAL, MICROSCOPIC, INTRAOPERATIVE})
_REVISING_ROLES = frozenset({ADDENDUM, REVISION, AMENDMENT})  # (a later result revising the report: what it withdraws goes)


# A mention named as the place of the finding before it ("ADH within the papilloma", "DCIS involving a
# fibroadenoma"): a verb after it speaks of that finding
_PLACE_OF_PREVIOUS = re.compile(r"#[ \t\n]+(?:within|in|involving|inside)[ \t\n]+(?:the|a|an)[ \t\n]+$")


# A data-set summary printed after the numbered parts ("NHSBSP data set: Invasive lobular carcinoma; grade 2; ...",
# "NHSBSP/RCPath data set (post-neoadjuvant): ...", "Minimum dataset: ...", or a "DATASET:" heading over its
# fields): the national data set's fields for the case, headed by the data set's name.
# its body's name, or two joined ("NHSBSP/RCPath"), and the tumour the data set is for after it ("NHSBSP DCIS
# dataset (A):", "RCPath invasive carcinoma data set:")
_DATA_SET_NAME = (r"(?:[A-Za-z]{2,12}(?:/[A-Za-z]{2,12})?[ \t]+"
                  r"(?:(?:dcis|invasive(?:[ \t]+carcinoma)?|in[ \t]+situ|carcinoma|cancer|breast(?:[ \t]+cancer)?)[ \t]+)?)?")
_DATA_SET_LINE = re.compile(r"[ \t]*" + _DATA_SET_NAME + r"(?:minimum[ \t]+)?data[ \t]?set\b[^:\n]{0,40}:", re.IGNORECASE)
_DATA_SET_WORDS = ("data set", "dataset")
# ... or the data set's name alone on its line ("NHSBSP data set (resection)", also with its colon: "Minimum
# dataset:") over its fields, which run to the next blank line
_DATA_SET_TITLE = re.compile(r"(?m)^[ \t]*" + _DATA_SET_NAME
                             + r"(?:minimum[ \t]+)?data[ \t]?set\b[ \t]*(?:\([^()\n]{0,30}\))?"
                             r"[ \t]*:?[ \t]*\n(?:[ \t]*\S.*(?:\n|$))*", re.IGNORECASE)
# A data set names the invasive carcinoma's type in a field of its own ("Invasive carcinoma: present. Type: lobular"):
# its invasive carcinoma restates a part's invasive carcinoma of any type
_GENERIC_INVASIVE = "invasive mammary carcinoma"
_INVASIVE_TYPES = frozenset({_GENERIC_INVASIVE, "invasive ductal carcinoma", "invasive lobular carcinoma",
                             "special-type invasive carcinoma"})


def _apply_data_set_restatements(mentions: list[_Mention], s: Structure) -> None:
    """A data-set summary that names no side restates the diagnosis of the part holding the same diagnosis: the
    whole summary (its in situ component, its grade) labels that part's breast, not the breast of the part printed
    last above it (labelling guide, "Specimen site and side"). A summary restating no sided part keeps its sides."""
    if not s.may_contain(_DATA_SET_WORDS) or len({p.laterality for p in s.parts if p.laterality is not None}) < 2:
        return
    blocks: dict[tuple[str, int], list[_Mention]] = {}
    titled = [t.span() for t in _DATA_SET_TITLE.finditer(s.norm)]
    for m in mentions:
        line_start, _ = s.line(s.line_index(m.start))
        if s.sides.sides_in(line_start, m.end):
            continue  # (a field that names its own side keeps it)
        if m.section is not None and _DATA_SET_LINE.match(m.section.name + ":") is not None:
            blocks.setdefault(("heading", m.section.order), []).append(m)
        elif _DATA_SET_LINE.match(s.norm, line_start):
            blocks.setdefault(("line", line_start), []).append(m)
        else:
            title = next((t for t in titled if t[0] < m.start < t[1]), None)
            if title is not None:
                blocks.setdefault(("title", title[0]), []).append(m)
    for block in blocks.values():
        first = block[0].start
        findings = {m.finding for m in block if not m.ctx.negated}
        if _GENERIC_INVASIVE in findings:
            findings |= _INVASIVE_TYPES
        restated = {o.part.laterality for o in mentions
                    if o.start < first and o.finding in findings and o.part is not None
                    and o.part.laterality is not None and not o.ctx.negated and not o.ctx.historical}
        if restated:
            for m in block:
                m.sides = frozenset(restated)


# One qualifying word before an option or a diagnosis ("the ADH versus low-grade DCIS question", "diagnosis of
# malignant phyllodes tumour"), in _RESOLVED_QUESTION, _OPTIONS_PAIR and _REPLACED_REFERRING
_ONE_WORD = r"[a-z-]{1,20}\s+"


# A later result that names the earlier report's differential as the question it settles ("Final diagnosis: atypical
# ductal hyperplasia. This resolves the ADH versus DCIS question raised in the original report"): the question's two
# options, there and in the earlier report's own "X versus Y", are withdrawn (the final diagnosis is said in its own
# words). Only with "this" (or "this finding / result", "the immunohistochemistry") as the verb's subject at its
# sentence's start, in the present or past ("It is hoped that the planned excision resolves ...", "This does not
# resolve ...", "To resolve ..." stay open), with a final diagnosis naming one of the two options elsewhere in the
# revision ("... in favour of neither entity" with none stays open), and no malignancy of its own beside the question
# in the earlier report's part and side (a separately reported invasive carcinoma: read as before); nor one raised in
# this report's own text
_RESOLVED_QUESTION = re.compile(
    r"(?:^|[.;:!?])[ \t]*(?:this(?:[ \t]+(?:finding|result|immunohistochemistry|immunoprofile|stain))?"
    r"|these[ \t]+(?:findings|results|stains)|the[ \t]+(?:results?|immunohistochemistry|immunostains?))\s+"
    r"(?:resolves|resolved|settles|settled)\s+the\s+(?:" + _ONE_WORD + r")?(?P<a>#+)\s+"
    r"(?:versus|vs\.?)\s+(?:" + _ONE_WORD + r"){0,2}(?P<b>#+)\s+(?:question|differential|dilemma)\s+"
    r"(?:raised|posed|left\s+open)\s+(?:in|by)\s+the\s+(?:original|initial|previous|first|earlier)\s+"
    r"(?:report|diagnosis)\b", re.MULTILINE)
# (the earlier report's own differential of the two options: "ADH versus low-grade DCIS")
_OPTIONS_PAIR = re.compile(r"(?P<a>#+)\s+(?:versus|vs\.?)\s+(?:" + _ONE_WORD + r"){0,2}(?P<b>#+)")


# ... and a review that names the diagnosis it was sent as unsupported and replaced by its own ("The referring diagnosis
# of DCIS is not supported; this review diagnosis replaces it"): that finding's referring mentions are withdrawn, the
# ones quoted earlier (a letter's "The first pathology report read \"... ductal carcinoma in situ\"" before it) or
# told as the one it was sent with ("outside diagnosis DCIS", "(referred as DCIS)", "Submitted diagnosis: ..."), in
# the replacing sentence's part and side; never the review's own diagnosis (its "benign phyllodes tumour" for a
# replaced "malignant phyllodes tumour"), a later specimen's or another part's. Not a diagnosis only doubted ("is not
# supported by the levels" with no replacing clause) or kept ("this review diagnosis agrees with it")
_REPLACED_REFERRING = re.compile(
    r"\b(?:referring|referral|original|initial|first|submitted|outside)\s+diagnosis\s+of\s+(?:" + _ONE_WORD + r")?"
    r"(?P<a>#+)\s+is\s+not\s+(?:supported|upheld|confirmed)\s*[;,.]\s*(?:and\s+)?this\s+(?:review\s+|revised\s+)?"
    r"diagnosis\s+(?:replaces|supersedes)\s+it\b")
_REFERRING_CUE = re.compile(
    r"\b(?:(?:outside|submitted|referring|referral|original|initial|first|external)[ \t]+(?:pathology[ \t]+)?"
    r"(?:diagnosis|report|opinion)|(?:referred|sent|read)[ \t]+as)\b")
REFERRING_CUE_CHARS = 160  # how far before a mention, in its sentence, the referring words are looked for
_QUOTE_CLOSE = re.compile(r"[\"”]")


def _place(m: _Mention) -> tuple[str | None, frozenset[str]]:
    """A mention's specimen as far as the text tells it: its part's label and its sides."""
    return (m.part.label if m.part is not None else None, m.sides)


def _same_place(p: tuple[str | None, frozenset[str]], q: tuple[str | None, frozenset[str]]) -> bool:
    """Two places (:func:`_place`) may be one specimen's: no two parts named, no two sides told apart."""
    if p[0] is not None and q[0] is not None and p[0] != q[0]:
        return False
    return not p[1] or not q[1] or bool(p[1] & q[1])


def _apply_settled_differentials(mentions: list[_Mention], s: Structure, masked: str) -> None:
    """Drop the two options of an earlier differential a revision settles (:data:`_RESOLVED_QUESTION`): in the
    settling sentence and in the earlier report's own "X versus Y" of its part and side, nothing else. (The places
    are compared as sets of the few distinct parts and sides: a one-line export of many such sentences is read in one
    pass, no scan of every mention per sentence.)"""
    if not s.may_contain(("resolve", "settle")):
        return
    hits = list(_RESOLVED_QUESTION.finditer(masked))
    if not hits:
        return
    at = {m.start: m for m in mentions}
    in_sentence = span_lookup([hit.span() for hit in hits])
    finals: dict[tuple[str, int, str], set] = {}  # (role, order, finding) -> the places it is asserted in
    malignant: dict[tuple, set] = {}  # place -> the (role, order) sections asserting a malignancy there
    for m in mentions:
        if m.ctx.negated or m.ctx.uncertain or m.ctx.historical or in_sentence(m.start):
            continue
        finals.setdefault((m.role, m.order, m.finding), set()).add(_place(m))
        if m.category == lexicon.MALIGNANT:
            malignant.setdefault(_place(m), set()).add((m.role, m.order))
    settled: dict[frozenset[str], set] = {}  # the options settled -> the final diagnoses' places
    for hit in hits:
        a, b = at.get(hit.start("a")), at.get(hit.start("b"))
        if a is None or b is None or a.role not in _REVISING_ROLES or b.role not in _REVISING_ROLES:
            continue
        options = frozenset((a.finding, b.finding))
        places = set().union(*(finals.get((a.role, a.order, f), ()) for f in options))
        if not places:
            continue  # (no final diagnosis names one of the options: the question stays open)
        if any(sections - {(a.role, a.order)} and any(_same_place(p, q) for q in places)
               for p, sections in malignant.items()):
            continue  # (the earlier report's own malignancy beside the question, "Separately, invasive ductal
            # carcinoma ... in a second core": the revision is not read as closing that breast's report)
        a.superseded = b.superseded = True
        settled.setdefault(options, set()).update(places)
    for pair in _OPTIONS_PAIR.finditer(masked) if settled else ():
        x, y = at.get(pair.start("a")), at.get(pair.start("b"))
        if x is None or y is None or in_sentence(pair.start()):
            continue
        places = settled.get(frozenset((x.finding, y.finding)), ())
        if any(_same_place(_place(x), q) and _same_place(_place(y), q) for q in places):
            x.superseded = y.superseded = True


def _apply_replaced_referring(mentions: list[_Mention], s: Structure, masked: str) -> None:
    """Withdraw a referring diagnosis a review replaces (:data:`_REPLACED_REFERRING`), and its earlier quotation or
    referring mention of that finding in the same part and side (outside the replacing sentence itself). One pass
    over the mentions: each asks the latest replacing sentence of its finding and place."""
    if not s.may_contain(("replaces", "supersedes")):
        return
    hits = list(_REPLACED_REFERRING.finditer(masked))
    if not hits:
        return
    in_replacing_sentence = span_lookup([hit.span() for hit in hits])
    starts = [m.start for m in mentions]  # (in text order)
    latest: dict[str, dict] = {}  # finding -> place -> the start of its last replacing sentence
    for hit in hits:
        for r in mentions[bisect.bisect_left(starts, hit.start("a")) : bisect.bisect_left(starts, hit.end("a"))]:
            r.superseded = True
            by_place = latest.setdefault(r.finding, {})
            by_place[_place(r)] = max(by_place.get(_place(r), -1), hit.start())
    quote_marks = _QuoteMarks(masked)
    closes = [q.start() for q in _QUOTE_CLOSE.finditer(masked)]
    for m in mentions:
        by_place = latest.get(m.finding)
        if (by_place is None or m.superseded or m.withdrawn or m.role not in _WITHDRAWN_ROLES
                or in_replacing_sentence(m.start)):
            continue
        until = max((start for p, start in by_place.items() if _same_place(_place(m), p)), default=-1)
        if until < 0:
            continue
        close = bisect.bisect_left(closes, m.end)
        quoted = m.end < until and close < len(closes) and closes[close] < until and quote_marks.encloses(m.start)
        if quoted or _REFERRING_CUE.search(masked, _sentence_start(masked, m.start), m.start) is not None:
            m.superseded = True


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` starts: after its line's start or the last ". " / ";" before it, within
    ``REFERRING_CUE_CHARS``."""
    lo = max(0, pos - REFERRING_CUE_CHARS)
    return max(text.rfind("\n", lo, pos) + 1, text.rfind(". ", lo, pos) + 2, text.rfind(";", lo, pos) + 1, lo)


def _apply_withdrawals(mentions: list[_Mention], s: Structure, masked: str) -> None:
    """"The diagnosis of X is withdrawn": X here is negated, and the earlier diagnosis of X (of any
    malignancy when X is malignant) is replaced. An original block that calls itself superseded
    withdraws nothing."""
    if not s.may_contain(_WITHDRAWN_WORDS + _TAKEN_BACK_WORDS):
        return  # neither pattern can match anywhere in the report: no mention needs its tail read
    quote_marks = _QuoteMarks(masked)
    for k, w in enumerate(mentions):
        line_start = _line_start_within(masked, w.start, WITHDRAWN_STATUS_REACH)
        if masked.find("(", line_start, w.start) >= 0 and _WITHDRAWN_STATUS.search(masked, line_start, w.start):
            w.withdrawn = True  # a withdrawn version's line
            continue
        # the verb must govern this mention: no other mention and no ";" between them
        tail = masked[w.end : min(w.unit[1], w.end + 80)]
        cut = min((i for i in (tail.find(";"), tail.find("#")) if i >= 0), default=len(tail))
        tail = tail[:cut]
        if _TAKEN_BACK.match(tail):
            w.withdrawn = True
            continue
        hit = _WITHDRAWN.search(tail)
        if hit is None or re.search(r"\b(?:not|niet|pas)\s+$", tail[: hit.start()]):  # ("wordt niet ingetrokken")
            continue
        subject = w
        place = _PLACE_OF_PREVIOUS.search(masked, max(w.unit[0], w.start - 24), w.start)
        if place is not None and k > 0 and mentions[k - 1].end == place.start() + 1:
            subject = mentions[k - 1]  # "the diagnosis of ADH within the papilloma is withdrawn": ADH is, its place is not
        subject.withdrawn = True
        if subject.role not in _WITHDRAWING_ROLES:
            continue
        for m in mentions:
            # a withdrawn malignancy withdraws the earlier malignant diagnosis, not the new one the
            # same revision gives ("amended to: IDC. The diagnosis of DCIS no longer applies.")
            if m.start < subject.unit[0] and m.role in _WITHDRAWN_ROLES and (m.finding == subject.finding or (
                    subject.category == lexicon.MALIGNANT and m.category == lexicon.MALIGNANT
                    and (m.order != subject.order or subject.order < 0))):
                m.superseded = True
            # the withdrawn text quoted again below (a version history reprinting it in quotation marks)
            elif m.start > subject.end and m.finding == subject.finding and quote_marks.encloses(m.start):
                m.superseded = True


class _QuoteMarks:
    """A text's quotation marks, asked whether a position is inside a quotation. The straight marks' positions are
    found once, when first asked: counting them per mention in a copy of its line would read a one-line export once
    per mention."""

    def __init__(self, text: str) -> None:
        self._text = text
        self._positions: list[int] | None = None

    def encloses(self, pos: int) -> bool:
        """``pos`` is inside quotation marks opened earlier on its line (or the line before)."""
        text = self._text
        if self._positions is None:
            self._positions = [m.start() for m in re.finditer('"', text)]
        line_start = text.rfind("\n", 0, text.rfind("\n", 0, pos)) + 1
        straight = bisect.bisect_left(self._positions, pos) - bisect.bisect_left(self._positions, line_start)
        return straight % 2 == 1 or text.rfind("“", line_start, pos) > text.rfind("”", line_start, pos)


def _effect(m: _Mention, decisive: set[str]) -> tuple[str, str]:
    if m.role not in decisive:
        return NONE, _ROLE_REASON.get(m.role, "superseded")
    if m.outside:
        return NONE, "outside_diagnosis"
    if m.superseded:
        return NONE, "superseded"
    if m.withdrawn:
        return NONE, "withdrawn"
    if m.category == lexicon.OTHER:
        return NONE, "not_listed"
    if m.field == "title":
        return NONE, "template_title"
    if m.field == "margin":
        return NONE, "margin_field"
    if m.nodal or m.site == LYMPH_NODE:
        return NONE, "lymph_node"
    if m.site == OTHER_ORGAN:
        return NONE, "not_breast"
    if m.finding in GENERIC_FINDINGS and m.site != BREAST:
        return NONE, "no_breast_site"
    if m.ctx.negated:
        return NONE, "negated"
    if m.ctx.historical:
        return NONE, "historical"
    if m.ctx.differential:
        return NONE, "differential"
    if m.ctx.uncertain:
        return NONE, "uncertain"
    if not m.sides:
        return (REVIEW, "no_side") if m.category == lexicon.MALIGNANT else (NONE, "no_side")
    return LABELS, "asserted"


# A differential sent for a biopsy is the question the biopsy was taken to answer, no open result: a clinic letter's
# '"left breast distortion, ?radial scar vs carcinoma, for core biopsy."' (its own clause, after a comma or a semicolon, to
# a first biopsy; not "for excision" nor "for repeat biopsy", a result's advice)
_SENT_FOR_BIOPSY = re.compile(r"[,;][ \t]*(?:[-–][ \t]*)?(?:referred[ \t]+)?for[ \t]+"
                              r"(?:(?:us|ultrasound|stereotactic)[- ]guided[ \t]+)?"
                              r"(?:core|needle|vacuum)(?:[ \t]+needle)?[ \t]+biopsy\b"
                              # (review p135: not one of two ways on, "for vacuum biopsy or excision")
                              r"(?![ \t]+or\b)", re.IGNORECASE)
# ... and never in a unit that gives a result of its own (review p135): a specimen's line ("core biopsy: fibroepithelial
# lesion, B3; fibroadenoma vs phyllodes tumour, for vacuum biopsy", "FNA: ... (C3), ?papilloma vs papillary carcinoma,
# for core biopsy") or a reporting category
_OWN_RESULT = re.compile(r"\b(?:biopsy|core|fna|aspirat\w*|cytology|excision|vab)[ \t]*:|\b[bc][1-5][ab]?\b",
                         re.IGNORECASE)


def _sent_for_biopsy(s: Structure, unit: tuple[int, int]) -> bool:
    """The unit says its differential is sent for a biopsy (_SENT_FOR_BIOPSY)."""
    return (_SENT_FOR_BIOPSY.search(s.norm, unit[0], unit[1]) is not None
            and _OWN_RESULT.search(s.norm, unit[0], unit[1]) is None)


# What the laboratory cannot say between two options of one malignant kind ("cannot tell whether this is residual ductal
# carcinoma in situ or a new focus of ductal carcinoma in situ", both options named) leaves no doubt of the kind (review
# p135; one malignant option beside a lay word, "a simple lump or a phyllodes tumour", stays open)
_CANNOT_SAY_WHICH = re.compile(r"\bcan(?:not|['’]t)[ \t]+(?:yet[ \t]+)?(?:say|tell)[ \t]+(?:if|whether)\b", re.IGNORECASE)


def _differentials(mentions: list[_Mention], s: Structure) -> None:
    """Open differentials (benign vs malignant) go to review; all-malignant ones label."""
    by_unit: dict[tuple[int, int], list[_Mention]] = {}
    for m in mentions:
        if m.reason == "differential":
            by_unit.setdefault(m.unit, []).append(m)
    for unit, group in by_unit.items():
        malignant = [m for m in group if m.category == lexicon.MALIGNANT]
        if not malignant or _sent_for_biopsy(s, unit):
            continue
        others = [m for m in group if m.category != lexicon.MALIGNANT]
        kinds = {m.finding for m in malignant}
        all_malignant = not others and (len(kinds) > 1 or _MALIGNANT_TYPES.search(s.norm, unit[0], unit[1])
                                        or len(malignant) > 1
                                        and _CANNOT_SAY_WHICH.search(s.norm, unit[0], unit[1]) is not None)
        for m in malignant:
            if all_malignant:
                m.effect, m.reason = (LABELS, "malignant_differential") if m.sides else (REVIEW, "no_side")
            else:
                m.effect, m.reason = REVIEW, "open_differential"


# a ruled line across a form's head ("=====", "-----"), no line of its text
def _scar_named_as_site(norm: str, lo: int, start: int, end: int) -> bool:
    """The "scar" at ``start:end`` closes a specimen's name: the site's words before it (from ``lo``), the specimen
    taken from it or the name's colon after it (:data:`_SCAR_SITE_NAME_BEFORE`)."""
    after = _SITE_COLON_AFTER.match(norm, end)
    before = _SCAR_SITE_NAME_BEFORE.search(norm, lo, start) if after else None
    if before is None:
        return False
    if after.group().strip() != ":":
        return True
    words = before.group("words")
    return bool(_SCAR_SIDE_WORD.search(words) or before.group("comma") and _SCAR_OPERATION_WORD.search(words))


_SKIN_TUMOUR = "skin or other-organ tumour"
_METASTATIC_TO_BREAST = "metastatic malignancy (to breast)"
# The skin's carcinomas by their Portuguese, Spanish and Italian names ("carcinoma basocelular", "carcinoma
# espinocelular", "carcinoma basocellulare"): a skin tumour only where the statement's site is the skin (its descriptor
# names it, "Pele da mama esquerda, shaving:", "Mama direita, lesão cutânea, biópsia:", or the words right after the
# term do, "carcinoma basocelular da pele da mama direita"); elsewhere the generic "carcinoma" in them reads as it did
# before those names were listed ("Mama esquerda, biópsia por agulha grossa: carcinoma espinocelular primário da mama"
# is the breast's metaplastic carcinoma, M)
_ROMANCE_SKIN_CARCINOMAS = frozenset(("carcinoma basocelular", "carcinoma basocelulares", "carcinoma espinocelular",
                                      "carcinoma espinocelulares", "carcinoma basocellulare", "carcinoma spinocellulare"))
_ROMANCE_SKIN_WORDS = ("basocel", "spinocel")  # (every one of them holds one: a report without them skips the test)
_SKIN_WORD = re.compile(r"\b(?:skin|pele|piel|peau|cute|cutis|cut[âáa]ne[oa]s?|cutan\w*|derm\w*|epiderm\w*|punch|shave|"
                        r"shaving|sacabocados?)\b", re.IGNORECASE)
_SKIN_AFTER = re.compile(r"[^;.\n]{0,40}?\b(?:pele|piel|cute|peau|skin|cut[âáa]ne[oa]s?)\b", re.IGNORECASE)
SKIN_DESCRIPTOR_CHARS = 200  # how much of a descriptor's end a skin word is looked for in


# A letter's lay "skin cancer" ("The skin lesion on the right side was a minor skin cancer that has already been fully
# treated"): the skin's own cancer, no breast's; not one its clause places in the breast ("So it's the skin cancer
# again, in my breast", a melanoma's metastasis) nor a breast's skin ("skin cancer of the left breast")
_LAY_SKIN_BEFORE = re.compile(r"\bskin[ \t]{1,3}$", re.IGNORECASE)
LAY_SKIN_BEFORE_CHARS = 8  # "skin" and its blanks right before the mention
_BREAST_LATER_IN_CLAUSE = re.compile(r"[^.;]{0,120}?\b(?:breasts?|nipple|areola|mammary)\b", re.IGNORECASE)


def _romance_skin_carcinoma_off_skin(s: Structure, desc: str, site: str, start: int, end: int, unit: tuple[int, int],
                                     section: Section | None, part: Part | None) -> bool:
    """True when the mention at ``start:end`` is one of _ROMANCE_SKIN_CARCINOMAS in a statement whose site is not the
    skin: no skin site, no skin word at the end of its descriptor (or of the statement's header above, as _site reads
    it), none in the words right after it."""
    if site == SKIN or s.norm[start:end].lower() not in _ROMANCE_SKIN_CARCINOMAS:
        return False
    if not desc:  # (the header line above: "2. Pele da mama direita, biópsia excisional:" over the finding's line)
        desc = s.statement_descriptor(start, max(section.start if section is not None else 0,
                                                 part.start if part is not None else 0))
    return (_SKIN_WORD.search(desc, max(0, len(desc) - SKIN_DESCRIPTOR_CHARS)) is None
            and _SKIN_AFTER.match(s.norm, end, min(unit[1], end + 60)) is None)


def _occult_primary(norm: str, start: int) -> bool:
    """Whether "occult" right before the breast-named term at ``start`` names the node metastasis's unfound primary:
    not after "clinically" / "mammographically" / "radiologically" / "sonographically" (found, only not seen before),
    and not on a breast specimen's own line after its colon (that specimen's finding)."""
    occult = _OCCULT_BEFORE.search(norm, max(0, start - OCCULT_BEFORE_CHARS), start)
    if occult is None or _OCCULT_SEEN_BEFORE.search(norm, max(0, occult.start() - OCCULT_SEEN_BEFORE_CHARS),
                                                    occult.start()):
        return False
    line_start = norm.rfind("\n", max(0, start - OCCULT_LINE_CHARS), start) + 1
    specimen = _BREAST_SPECIMEN_LINE.match(norm, line_start) if line_start or start < OCCULT_LINE_CHARS else None
    return specimen is None or specimen.end() > start


def resolve(s: Structure, matches: Iterable[tuple[int, int, str]], categories: dict[str, str],
            scanner: ContextScanner) -> list[Finding]:
    """Every finding of one report, one record per mention and side, with effect and reason."""
    masked = scanner.masked
    mentions: list[_Mention] = []
    unit_facts: dict[tuple[int, int], tuple[list[int], list[int], tuple[int, int], list[tuple[int, int]], list[int]]] = {}
    title_lines: dict[int, bool] = {}  # line start -> the line is a template title
    initials: dict[tuple[str, str], bool] = {}  # (name word, abbreviation) -> an institution's initials
    stands_cache: list[bool] = []

    def stands() -> bool:  # the report says the earlier diagnosis stands (asked once, if ever)
        if not stands_cache:
            stands_cache.append(s.may_contain(_DIAGNOSIS_STANDS_WORDS) and bool(_DIAGNOSIS_STANDS.search(s.norm)))
        return stands_cache[0]
    graded_cache: list[bool] = []

    def phyllodes_graded() -> bool:  # the report fills in a phyllodes tumour's grade field (asked once, if ever)
        if not graded_cache:
            graded_cache.append(_PHYLLODES_GRADE_FIELD.search(s.norm) is not None)
        return graded_cache[0]
    # the report's pre-checks that the loop below needs for (nearly) every mention, asked once here
    may_title, may_quote = s.may_contain(_TITLE_WORDS), s.may_contain(_QUOTE_CHARS)
    may_name, may_template = s.may_contain(_NAME_WORDS), s.may_contain(_TEMPLATE_WORDS)
    yes_no = _YES_NO_COLUMNS.search(s.norm) if s.may_contain(_TICK_BOX_WORDS) else None
    criteria_from = yes_no.start() if yes_no is not None else len(s.norm)
    may_trial = s.may_contain(_TRIAL_WORDS)
    may_female = s.may_contain(_ICD_TITLE_WORDS)
    may_code = _ICD_CODE.search(s.norm) is not None
    may_billing = _BILLING_CODE.search(s.norm) is not None
    may_node = s.may_contain(("node",))
    may_person = s.may_contain(_PERSON_TITLE_WORDS)
    may_hereditary = s.may_contain(_HEREDITARY_WORDS)
    may_presume = s.may_contain(_PRESUMPTION_WORDS)
    may_category = s.may_contain(_SCHEME_CATEGORY_WORDS)
    may_expertise = s.may_contain(_EXPERTISE_WORDS)
    may_excision_site = s.may_contain(_EXCISION_SITE_WORDS)
    may_occult = s.may_contain(_OCCULT_WORDS)
    head_end = first_lines_end(s.norm, _FORM_TITLE_LINES, count_ruled=False)
    may_inline_parts = len(s.parts) > 1
    may_romance_skin = s.may_contain(_ROMANCE_SKIN_WORDS)
    query_form = _is_query_document(s.norm)
    for start, end, finding in matches:
        section = s.section_at(start)
        role = section.role if section is not None else BODY
        unit = s.unit_at(start)
        part = s.part_at(start)
        if part is not None and may_inline_parts:
            part = inline_part(s, part, start)
        desc, desc_at = descriptor_of(s, start, unit, section)
        site = _site(s, desc, desc_at, part, start, end, unit, section)
        if finding == _SKIN_TUMOUR and may_romance_skin and _romance_skin_carcinoma_off_skin(
                s, desc, site, start, end, unit, section, part):
            finding = "carcinoma"  # ("carcinoma espinocelular primário da mama" on a breast core: the generic word reads)
        sides = sides_of_mention(s, start, unit, desc, desc_at, part, section, end,
                                 benign=categories[finding] == lexicon.BENIGN)
        ctx = scanner.assertion(unit, start, end, benign=categories[finding] == lexicon.BENIGN)
        if ctx.uncertain and finding == PHYLLODES_TUMOR and _is_phyllodes_grade(s.norm, scanner.sole_hedge(unit, start, end),
                                                                       start):
            ctx = Assertion(ctx.negated, ctx.historical, False, False)
        if start >= 4 and not ctx.negated and _NON_PREFIXED.match(s.norm, start - 4):
            ctx = Assertion(True, ctx.historical, ctx.uncertain, ctx.differential)
        if not ctx.uncertain and not ctx.negated and _dutch_swedish_hedged(s.norm, masked, unit, start, end):
            ctx = Assertion(ctx.negated, ctx.historical, True, ctx.differential)  # a Dutch / Swedish hedge in its clause
        if query_form and not ctx.uncertain and _in_query_request(s.norm, unit[0], start, end):
            ctx = Assertion(ctx.negated, ctx.historical, True, ctx.differential)  # the query's request: a question
        if ctx.historical and finding == "scar" and _PRIOR_SITE.search(masked, max(unit[0], start - 30), start):
            ctx = Assertion(ctx.negated, False, ctx.uncertain, ctx.differential)
        category = categories[finding]
        if site == SKIN and finding == _METASTATIC_TO_BREAST and "melanoma" in s.norm[start:end].lower():
            category = lexicon.OTHER  # (a melanoma in the breast's skin: "Skin of left breast, punch: melanoma deposit")
        if (finding in GENERIC_FINDINGS and s.norm[start:end].lower() == "cancer"
                and _LAY_SKIN_BEFORE.search(s.norm, max(unit[0], start - LAY_SKIN_BEFORE_CHARS), start)
                and not _BREAST_LATER_IN_CLAUSE.match(s.norm, end, unit[1])):
            category = lexicon.OTHER  # a lay "skin cancer" (the skin's own, a basal cell carcinoma): no breast's
        if site == UNKNOWN and finding == "fibroadenoma" and _SHARED_ORGAN_NAME.fullmatch(s.norm, start, end):
            category = lexicon.OTHER  # (no breast site: not known to be the breast's fibroadenoma)
        if (may_occult and category == lexicon.MALIGNANT and role not in (DIAGNOSIS, REVISION)
                and _BREAST_NAMED_TERM.match(s.norm, start) and _occult_primary(s.norm, start)):
            category = lexicon.OTHER  # an occult breast cancer: the node metastasis's unfound primary
        if finding == "scar" and end - start == 4 and (_SCAR_PLACE_BEFORE.search(s.norm, max(unit[0], start - 60), start)
                                                        or _SCAR_PLACE_AFTER.match(s.norm, end)
                                                        or _SCAR_EXAM_FIELD_AFTER.match(s.norm, end)
                                                        or _scar_named_as_site(s.norm, max(unit[0], start - 40), start, end)
                                                        or role != DIAGNOSIS
                                                        and (_SCAR_SKIN_BEFORE.search(s.norm, max(unit[0], start - 60), start)
                                                             or _SCAR_HEALING_AFTER.match(s.norm, end))
                                                        ) or (finding == "scar" and s.norm[start:end].lower() in _SITE_CAPTIONS
                                                              and _SITE_CAPTION_AFTER.match(s.norm, end)):
            category = lexicon.OTHER  # the place sampled, no finding of its own
        facts = unit_facts.get(unit)
        if facts is None:
            facts = unit_facts[unit] = _unit_facts(s, masked, unit)
        node_words, metastatic_words, outside_span, quoted, adenopathy_sides = facts
        nodal = bool(
            (part is not None and part.nodal) or site == LYMPH_NODE
            or (node_words and node_words[0] < start) or _node_after(masked, end, unit[1])
            # (in the masked text "lymph nodes" is a mention of its own: "carcinoma in 3 of 14 axillary lymph nodes")
            or may_node and _NODE_AFTER.match(s.norm, end, min(unit[1], end + 80))
            or (site != BREAST and metastatic_words and metastatic_words[0] < start)
        )
        if adenopathy_sides and not nodal and len(sides) == 1:
            sides = _side_without_adenopathy(s, unit[0], start, sides, adenopathy_sides)
        kind, value = _field(s, masked, start, end)
        if kind == "field" and value == "neg":
            ctx = Assertion(True, ctx.historical, ctx.uncertain, ctx.differential)
        elif kind == "field" and value == "unc":
            ctx = Assertion(ctx.negated, ctx.historical, True, ctx.differential)
        if kind != "field":
            line_start = s.norm.rfind("\n", 0, start) + 1
            title = title_lines.get(line_start)
            if title is None and not may_title:
                title = title_lines[line_start] = False  # no line of the report can be a title (_is_title)
            if title is None:
                line_end = s.norm.find("\n", start)
                line_end = len(s.norm) if line_end < 0 else line_end
                title = title_lines[line_start] = _is_title_line(s.norm[line_start:line_end])
            if title:
                kind = "title"
        # a term in quotation marks is a word, also where a colon follows it ('the excision (the "big FA"):')
        if kind != "title" and may_quote and _quoted_term(s.norm, start, end):
            kind = "title"
        if may_female and _ICD_TITLE.match(s.norm, end) or (
                may_code and _ICD_CODED_TITLE.match(s.norm, end)) or may_name and _names_a_department(s.norm, start, end) or (
                may_template and _is_template_field(s.norm, start)) or (
                start > criteria_from and _TICKED_CELL.match(s.norm, end)) or (
                may_trial and _TRIAL_FIELD.match(s.norm, unit[0])) or (
                start < head_end and may_trial and _TRIAL_TITLE_AFTER.match(s.norm, end)) or (
                start < head_end and _FORM_TITLE.search(s.norm, _line_start_within(s.norm, start, FORM_TITLE_CHARS), start)) or (
                start < head_end and _disease_opened_form_title(s, start, end)) or (
                may_person and s.norm.rfind("(", max(0, start - 40), start) >= 0
                and _SPECIALTY_TERM.fullmatch(s.norm, start, end)
                and _SPECIALTY_BEFORE.search(s.norm, max(0, start - 100), start)
                and _SPECIALTY_AFTER.match(s.norm, end) and _names_a_service(s.norm, start, end)) or (
                _SPECIALIST_TITLE.match(s.norm, start)) or _names_cdi_programme(s.norm, start, end) or (
                start >= 4 and _AGAINST_PREFIX.search(s.norm, start - 5, start)) or (
                may_hereditary and _names_predisposition(s.norm, start, end)) or (
                may_presume and _names_presumptive_category(s.norm, start, end)) or (
                may_category and _names_scheme_category(s.norm, start, end)) or (
                may_expertise and _EXPERTISE_BEFORE.search(s.norm, max(unit[0], start - EXPERTISE_LEAD_CHARS), start)) or (
                may_excision_site and _names_excision_landmark(s.norm, start, end)) or (
                may_billing and (_CODE_LINE.match(s.norm, s.norm.rfind("\n", 0, start) + 1, start)
                                 or _CODE_BRACKET.search(s.norm, max(0, start - 24), start))):
            # an institution's, a template's or a trial's name, wherever it stands ("Template: CAP DCIS v4.x"); a
            # checklist's criterion row; a billing code's title; a form's title; a clinician's specialty; a
            # documentation programme; a hereditary cancer
            kind = "title"
        if kind == "title" and finding == PHYLLODES_TUMOR and phyllodes_graded():
            # a phyllodes tumour protocol with its grade filled in diagnoses the tumour it is named after
            kind = ""
        if kind != "title" and (_is_initials_of_named_institution(s.norm, start, end, initials)
                                or may_person and _is_clinician_sign_off(s.norm, start, end)):
            kind = "title"
        before = masked[max(unit[0], start - 64) : start]
        m = _Mention(start, end, finding, category, section, role, part, unit, sides, site, ctx, nodal,
                     field=kind if kind in ("margin", "title") else "",
                     outside=0 <= outside_span[0] <= start < outside_span[1] or (
                         "as" in before and (earlier := _EARLIER_READING.search(before)) is not None and not stands()
                         and (earlier.group("version") is None or _version_reading_replaced(s.norm, end, unit[1]))) or (
                         "report" in before and _NAMED_REPORT_BRACKET.search(before) is not None),
                     withdrawn=any(a <= start and end <= b for a, b in quoted),
                     order=section.order if section is not None else -1)
        mentions.append(m)

    _apply_letter_quotes(mentions, s)
    _apply_bracketed_translations(mentions, s)
    _apply_data_set_restatements(mentions, s)
    texts = _section_texts(s)
    addenda = {o: _classify_addendum(t) for o, (role, _a, _b, t) in texts.items() if role == ADDENDUM}
    orders_with = {m.order for m in mentions}
    # (a supplementary report that finds nothing new and says the conclusion is unchanged revises nothing)
    restated = {o for o, (role, _a, _b, t) in texts.items() if role == REVISION and _DIAGNOSIS_STANDS.search(t)
                and not any(m.order == o and m.category != lexicon.OTHER and not m.ctx.negated for m in mentions)}
    # (nor does one on another specimen: _on_another_specimen)
    added = {o for o, (role, _a, _b, t) in texts.items() if role in (REVISION, ADDENDUM) and _on_another_specimen(t)}
    revisers = sorted(o for o, (role, *_rest) in texts.items()
                      if o in orders_with and o not in added
                      and (role == REVISION and o not in restated or addenda.get(o) == "revising"))
    has_diagnosis = any(m.role in (DIAGNOSIS, REVISION) for m in mentions) or bool(revisers)
    decisive = {DIAGNOSIS, REVISION, BODY, ADDENDUM}
    if not revisers:
        decisive.add(AMENDMENT)
    if not has_diagnosis:
        decisive |= {MICROSCOPIC, INTRAOPERATIVE}
    if not any(m.role in decisive for m in mentions):
        decisive.add(ORIGINAL)
    # (a report without any word of a laterality correction is spared the scans)
    correction = s.may_contain(_LATERALITY_CORRECTION_WORDS) and (any(
        _LATERALITY_CORRECTION.search(t) for role, _a, _b, t in texts.values() if role in (AMENDMENT, ADDENDUM, REVISION))
        or bool(_head_says_correct(s) and _LATERALITY_CORRECTION.search(s.norm[:CORRECTION_HEAD_CHARS])))
    reprint_note = (_reprint_note(s, orders_with) if not has_diagnosis and s.may_contain(_LATERALITY_CORRECTION_WORDS)
                    else ReprintNote("", len(s.norm)))
    correction = correction or bool(reprint_note.text)
    if correction and not has_diagnosis and any(m.role == ORIGINAL for m in mentions) and not any(
            m.role == AMENDMENT and m.category != lexicon.OTHER for m in mentions):
        # parts or sides corrected in a note, the diagnosis reprinted as first issued: that reprint is the
        # diagnosis of record (its sides corrected below), not the microscopic description
        decisive = (decisive - {MICROSCOPIC, INTRAOPERATIVE}) | {ORIGINAL}
    if s.may_contain(_UNCHANGED_WORDS) and any(m.role == ORIGINAL for m in mentions) and ORIGINAL not in decisive:
        # a revision of some parts over the reprinted original: the parts it calls unchanged keep their
        # diagnosis as first issued
        kept = {label.upper() for u in _PART_UNCHANGED.finditer(s.norm)
                for label in re.findall(r"\b[A-Ha-h]\b", u.group("l") or u.group("l2") or u.group("l3"))}
        for m in mentions:
            if m.role == ORIGINAL and m.part is not None and m.part.label.upper() in kept:
                m.role = DIAGNOSIS
    _apply_settled_differentials(mentions, s, masked)
    _apply_replaced_referring(mentions, s, masked)
    _apply_withdrawals(mentions, s, masked)
    # a diagnosis a revision names as replaced ("This supersedes the diagnosis of fibroadenoma below")
    # goes wherever it is printed, above or below the revision
    revising = [m for m in mentions if m.withdrawn and m.role in _REVISING_ROLES]
    replaced = {(m.finding, m.order) for m in revising}
    malignant_out = {m.order for m in revising if m.category == lexicon.MALIGNANT}
    # a revision of one part withdraws that part's diagnosis only ("... replaces the original diagnosis of
    # part B (DCIS) ... PART A UNCHANGED")
    revised_parts = {_withdrawn_part(s, m) for m in revising if m.category == lexicon.MALIGNANT and m.part is not None}
    for m in mentions:
        if m.withdrawn:
            continue
        if any(m.finding == f and m.order != o for f, o in replaced):
            m.superseded = True
        elif m.category == lexicon.MALIGNANT and m.role in (DIAGNOSIS, ORIGINAL, BODY) and malignant_out - {m.order} and (
                not revised_parts or m.part is None or m.part.label in revised_parts):
            # "The previous diagnosis of invasive carcinoma is withdrawn" in an addendum printed above the
            # diagnosis it withdraws (newest first): that diagnosis's malignancy goes too
            m.superseded = True
    keep_rest = frozenset(o for o in revisers if s.may_contain(_UNCHANGED_WORDS) and _REST_UNCHANGED.search(texts[o][3]))
    _apply_revisions(mentions, revisers, decisive, correction, s, keep_rest)
    if correction:
        _move_corrected_side(mentions, texts, decisive, reprinted=bool(revisers), note=reprint_note)
    if correction:
        _assign_corrected_part_sides(mentions, texts, decisive,
                                     s.norm[:CORRECTION_HEAD_CHARS] if _head_says_correct(s) else "", reprint_note)
    _apply_side_erratum(mentions, s, decisive)
    _apply_quoted_erratum(mentions, s, decisive)
    for m in mentions:
        m.effect, m.reason = _effect(m, decisive)
    _differentials(mentions, s)

    findings: list[Finding] = []
    text = s.text
    unit_info: dict[tuple[int, int], tuple[tuple[int, int], str | None]] = {}
    for m in mentions:
        if m.unit not in unit_info:
            unit_info[m.unit] = (stripped_bounds(text, m.unit), clock_of(text[m.unit[0] : m.unit[1]]))
        bounds, clock = unit_info[m.unit]
        evidence = evidence_of(text, bounds, m.start, m.end)
        if clock is None and m.part is not None:
            clock = m.part.clock
        if clock is None:
            clock = _header_line_clock(text, m.unit[0])
        name, category = m.finding, m.category
        if m.nodal and category == lexicon.MALIGNANT:
            name = NODE_FINDING
        if m.nodal:
            category = lexicon.OTHER
        for side in sorted(m.sides) or [None]:
            findings.append(Finding(  # (positional: the fields in order, cheaper than keywords)
                name, category, side, clock, m.ctx.negated, m.ctx.historical or m.role == HISTORY,
                m.ctx.uncertain, m.start, m.end, text[m.start : m.end], evidence,
                m.part.label if m.part is not None else None, m.nodal, m.role, m.site, m.effect, m.reason,
            ))
    findings += _unresolved_markers(s, texts, addenda, revisers, mentions, findings)
    return findings


# A finding's evidence is its unit, stripped, up to this long (every ordinary report's sentence or line); a longer one (a
# text without sentence ends, whose one unit each of its findings would copy) gives the mention with up to
# EVIDENCE_WINDOW_CHARS each side, cut at a blank, "…" marking each cut.
EVIDENCE_WHOLE_CHARS = 600
EVIDENCE_WINDOW_CHARS = 300
EVIDENCE_CUT = "…"
_FIRST_BLANK = re.compile(r"\s")
_LAST_BLANK = re.compile(r".*\s", re.DOTALL)
# The evidence is scrubbed of identifiers after it is cut (flows.steps), and a cut can part an identifier from what
# makes the scrubber see it: its label ("DOB: 6 January" cut before "1959", "ROBINSON, CAROL" cut after "Patient:")
# or its other digits. So each cut end gives up its words up to the first lower-case word: a name, a number or a
# date at the edge goes with the part of it outside the window ("…patient: ROBINSON" -> "…").
_EDGE_WORD = re.compile(r"\S+")
_EDGE_PUNCTUATION = "()[]\"'“”‘’.,;:!?"


def _plain_word(word: str) -> bool:
    """True for a lower-case word in any script ("tissue", "médullaire", "the,"), punctuation around it aside: never a
    capitalised one (a name, "Élodie"), a number or a date."""
    core = word.strip(_EDGE_PUNCTUATION)
    return core.isalpha() and core.islower()


def stripped_bounds(text: str, unit: tuple[int, int]) -> tuple[int, int]:
    """Where ``text[unit[0]:unit[1]].strip()`` lies in ``text``."""
    a, b = unit
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    return a, b


def evidence_of(text: str, bounds: tuple[int, int], start: int, end: int) -> str:
    """The evidence of the mention ``text[start:end]`` read from the unit whose stripped text is ``text[a:b]``
    (``bounds``, :func:`stripped_bounds`): that text when it is at most ``EVIDENCE_WHOLE_CHARS`` long, else the
    mention and up to ``EVIDENCE_WINDOW_CHARS`` of the unit each side of it, cut at a blank (inside a word only where
    the stretch is one word), stripped, with ``EVIDENCE_CUT`` where the unit goes on: bounded, whatever the unit."""
    a, b = bounds
    if b - a <= EVIDENCE_WHOLE_CHARS:
        return text[a:b]
    lo, hi = max(a, start - EVIDENCE_WINDOW_CHARS), min(b, end + EVIDENCE_WINDOW_CHARS)
    if lo > a and not text[lo - 1].isspace() and (blank := _FIRST_BLANK.search(text, lo, start)) is not None:
        lo = blank.end()  # (a word cut at the window's start: from the blank after it)
    if hi < b and not text[hi].isspace() and (last := _LAST_BLANK.match(text, end, hi)) is not None:
        hi = last.end() - 1  # (a word cut at the window's end: up to the blank before it)
    if lo > a:
        lo = _after_edge_identifiers(text, lo, start)
    if hi < b:
        hi = _before_edge_identifiers(text, end, hi)
    return (EVIDENCE_CUT if lo > a else "") + text[lo:hi].strip() + (EVIDENCE_CUT if hi < b else "")


def _after_edge_identifiers(text: str, lo: int, start: int) -> int:
    """Where the window cut at ``lo`` starts once its words before the first lower-case one are dropped (never past the
    mention at ``start``)."""
    for word in _EDGE_WORD.finditer(text, lo, start):
        if _plain_word(word.group()):
            return word.start()
        lo = word.end()
    return lo


def _before_edge_identifiers(text: str, end: int, hi: int) -> int:
    """Where the window cut at ``hi`` ends once its words after the last lower-case one are dropped (never before the
    mention's ``end``)."""
    words = list(_EDGE_WORD.finditer(text, end, hi))
    for word in reversed(words):
        if _plain_word(word.group()):
            return word.end()
        hi = word.start()
    return max(hi, end)


def _head_says_correct(s: Structure) -> bool:
    """"correct" (any case) in the report's first ``CORRECTION_HEAD_CHARS`` characters: asked before
    the laterality-correction scan of that head, which needs it too (a substring test where the
    report is ASCII, far cheaper than the scan it spares)."""
    if s.low is not None:
        return "correct" in s.low[:CORRECTION_HEAD_CHARS]
    return re.search(r"correct", s.norm[:CORRECTION_HEAD_CHARS], re.IGNORECASE) is not None


def _is_title_line(line: str) -> bool:
    """True when a report line (no line break in it) is a template title: its own column (a report
    number printed far to its right is not part of it; a procedure in parentheses, "Therapy
    (Resection)", is part of the title), at most ``MAX_TITLE_CHARS`` without its parenthesised
    remarks. Each rewrite runs only when the line holds what its pattern needs (three blanks or a
    tab, a parenthesis): most lines are read as they are, without three regex passes."""
    if "\t" in line or "   " in line:
        line = _RIGHT_COLUMN.sub("", line)
    label = _TITLE_LABEL.match(line)
    if label is not None:
        return _is_field_title(line[label.end() :])
    if "(" not in line:
        return len(line) <= MAX_TITLE_CHARS and _is_title(line)
    line = _PROCEDURE_PAREN.sub(r" \1 ", line)
    return len(_PARENTHESES.sub("", line)) <= MAX_TITLE_CHARS and _is_title(line)


def _is_field_title(value: str) -> bool:
    """True when a title field's ``value`` ("Title: <value>") is a protocol's own name that names no side."""
    value = _PARENTHESES.sub("", value) if "(" in value else value
    return (len(value) <= MAX_TITLE_CHARS and _TITLE_SIDE.search(value) is None
            and _FIELD_TITLE_VALUE.search(value) is not None)


def _is_title(line: str) -> bool:
    """True when ``line`` (its parenthesised remarks left out) is a template title."""
    if "(" in line:
        line = _PARENTHESES.sub("", line)
    return may_contain(ascii_lower(line), _TITLE_WORDS) and _TITLE_LINE.search(line) is not None


def _header_line_clock(text: str, unit_start: int) -> str | None:
    """The clock of the line just above when it is a header ("Right breast, 10:00, core:")."""
    line_start = text.rfind("\n", 0, unit_start) + 1
    if line_start == 0:
        return None
    prev = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1].rstrip()
    return clock_of(prev) if prev.endswith(":") else None


# Words without which neither _UNRESOLVED nor _CONSULT_PENDING can match (a cheap test that
# spares most reports the two alternation scans; "sent" alone is in "present", so it is tested apart).
_OPEN_WORDS = ("may", "might", "could", "can", "will", "follow", "pending", "deferred", "provisional", "referred",
               "submitted", "awaiting")
_SENT = re.compile(r"sent\b(?<!\wsent)")  # r"\bsent\b", led by its literal so the engine skips to it


# An addendum that confirms the diagnosis ("Levels examined; ADH confirmed, no upgrade. Final.", "the diagnosis is
# confirmed", "the diagnosis is unchanged"), issued after one that left it open ("the diagnosis may be revised"),
# settles it: dated later on its heading line (a newest-first printout puts it above), or printed later where a
# heading has no date. The confirmation must be of the diagnosis: "no upgrade" only after levels or the excision of
# the lesion ("Levels examined; no upgrade", not "no upgrade of the BI-RADS category"), "confirmed" only of the
# diagnosis ("findings confirmed, not amplified" of a HER2 test, "Specimen X-ray findings confirmed" are none)
# ("no upgrade" of the lesion, not of its BI-RADS category)
_NO_UPGRADE = re.compile(r"\bno\s+upgrade\b(?!\s+(?:of|in)\s+the\s+bi-?rads)", re.IGNORECASE)
# (a negation or a condition in the levels' sentence: nothing is confirmed yet)
_NOT_SETTLED = (r"\b(?:not|yet|neither|nor|once|before|await\w*|follow\w*|if|until|unless|pending|when|whether|be|"
                r"is|are|was|to)\b")
_CONFIRMS = re.compile(r"\b(?:levels?|recuts?|excision|deeper)\b[^.\n]{0,60}?" + _NO_UPGRADE.pattern + "|"
                       # (levels that find the atypia the open addendum saw gone: "levels reviewed; no atypia")
                       r"\b(?:levels?|recuts?|deeper)\b[^.\n]{0,60}?\bno[ \t]+atypia\b|"
                       r"\bdiagnosis\s+(?:is\s+)?(?:hereby\s+)?confirmed\b|"
                       + _DIAGNOSIS_STANDS.pattern, re.IGNORECASE)
# A later addendum that names the diagnosis it keeps: on levels, "<entity> confirmed" and calling itself final
# ("Levels reviewed; fibroadenoma confirmed. Final.": only a line opening on the levels, no negation or condition in
# the sentence: "not yet confirmed", "neither ... nor", "once"), or "<entity> stands" ("Fibroadenoma stands.", "The
# diagnosis of fibroadenoma stands."). The words before the verb must end on an entity the reader knows
# (_names_entity): "invasion", "upgrade", "revision", "suspicion" or "concern confirmed" confirm no diagnosis
_ENTITY_WORDS = r"(?P<ent>[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3})"
_ENTITY_KEPT = re.compile(r"(?<![^\n])[ \t]*(?:levels?|recuts?|deeper)\b(?:(?!" + _NOT_SETTLED + r")[^.\n]){0,60}?"
                          r"\b(?!" + _NOT_SETTLED + r")" + _ENTITY_WORDS
                          + r"[ \t]+confirmed[ \t]*[.;][ \t]*final[ \t]*(?:\.|$)|"
                          r"(?:^|[.;:][ \t]*)(?:the[ \t]+diagnosis[ \t]+of[ \t]+)?" + _ENTITY_WORDS.replace("ent", "ent2")
                          + r"[ \t]+stands[ \t]*(?:\.|$)", re.IGNORECASE | re.MULTILINE)


def _names_entity(words: str) -> bool:
    """The words end on a diagnosis entity the reader recognises (a lexicon phrase or abbreviation of one to four
    words: "fibroadenoma", "intraductal papilloma", "ADH"), not led by a negation ("no carcinoma")."""
    tokens = words.split()
    phrases, abbreviations = lexicon.finding_terms()
    for k in range(min(4, len(tokens)), 0, -1):
        tail = tokens[-k:]
        if " ".join(tail).lower() in phrases or k == 1 and tail[0].upper() in abbreviations:
            return len(tokens) == k or tokens[-k - 1].lower() not in ("no", "not", "without")
    return False


def _confirms(text: str) -> bool:
    """The addendum text confirms the diagnosis (_CONFIRMS, or _ENTITY_KEPT naming an entity)."""
    if _CONFIRMS.search(text) is not None:
        return True
    return any(_names_entity(m.group("ent") or m.group("ent2")) for m in _ENTITY_KEPT.finditer(text))


_ADDENDUM_LINE = re.compile(r"[^\n]*\baddend", re.IGNORECASE)


def _revised_later(s: Structure, texts: dict, revisers: list[int], order: int, start: int) -> bool:
    """True where a revision comes after the open addendum (order ``order``, heading at ``start``): dated later on
    its heading line where both headings carry a date (a newest-first printout puts "ADDENDUM (04-Mar-2026): ... not
    confirmed" above "ADDENDUM (02-Mar-2026): ... may be revised"), else printed later."""
    date = heading_date(s.norm, start)
    for o in revisers:
        other = heading_date(s.norm, texts[o][1]) if date is not None and o in texts else None
        if other > date if other is not None else o > order:
            return True
    return False


# ... or where it reports the step the open one awaited ("The diagnosis may be revised after external review." settled
# by a later "External review: DCIS component not confirmed."): the step named in both, and the later one's result
_AWAITED_STEP = re.compile(r"\b(?:after|following|pending|awaiting|until)[ \t]+(?:the[ \t]+|an?[ \t]+)?"
                           r"(?P<step>external[ \t]+review|expert[ \t]+review|second[ \t]+opinion|"
                           r"specialist[ \t]+review|consultation)\b", re.IGNORECASE)


# (a bare "No upgrade." answers an open addendum that asked for levels: "Further levels requested; the diagnosis may
# be revised.")
_LEVELS_ASKED = re.compile(r"\b(?:levels?|recuts?|deeper\s+sections?)\b", re.IGNORECASE)


def _reports_awaited_step(s: Structure, start: int, end: int, later: str) -> bool:
    """True where the open text at ``[start, end)`` awaits a step (_AWAITED_STEP) the ``later`` text reports, its
    result after a colon ("External review: ...") or a result verb; or asks for levels the later text finds no
    upgrade on."""
    if _NO_UPGRADE.search(later) is not None and _LEVELS_ASKED.search(s.norm, start, end) is not None:
        return True
    awaited = _AWAITED_STEP.search(s.norm, start, end)
    if awaited is None:
        return False
    step = r"[ \t]+".join(awaited.group("step").lower().split())
    return re.search(rf"\b{step}[ \t]*(?::|(?:has[ \t]+been[ \t]+|was[ \t]+)?(?:received|completed|performed|"
                     rf"reports?|shows?)\b)", later, re.IGNORECASE) is not None


def _named_scope(s: Structure, start: int, end: int) -> frozenset[str]:
    """The parts ("part B") and sides ("the left breast", "the right core") a text names."""
    parts = {(r.group("l") or r.group("l2")).upper() for r in _PART_REFERENCE.finditer(s.norm, start, end)}
    return frozenset(parts | {m.side for m in s.sides.sides_in(start, end)})


def _confirmed_later(s: Structure, start: int, end: int) -> bool:
    """True where an addendum that confirms the diagnosis (_confirms, no open cue of its own) comes after the open
    one at ``[start, end)``; also a banner line the headings missed ("== ADDENDUM (05-Mar-2026) ==" opening
    the printout). A confirmation naming parts or sides covers only those: it settles an open addendum only where
    that names them and no other ("Levels on part A examined; no upgrade" leaves "Part B: ... may be revised" open)."""
    date = heading_date(s.norm, start)
    scope = None
    for sec in s.sections:
        if sec.start == start or not (sec.role == ADDENDUM or sec.role == BODY and _ADDENDUM_LINE.match(s.norm, sec.start)):
            continue
        text = s.norm[sec.start : sec.end]
        if _classify_addendum(text) != "neutral" or (
                not _confirms(text) and not _reports_awaited_step(s, start, end, text)):
            continue
        confirmed = _named_scope(s, sec.start, sec.end)
        if confirmed:
            scope = _named_scope(s, start, end) if scope is None else scope
            if not scope or not scope <= confirmed:
                continue
        other = heading_date(s.norm, sec.start)
        if other > date if date is not None and other is not None else sec.start > start:
            return True
    return False


# a part of the breast's skin ("B. LEFT BREAST SKIN, SHAVE", "skin of the right breast") holds no breast tissue
# (a mastectomy that spares the skin, "LEFT BREAST SKIN SPARING MASTECTOMY", "breast skin-sparing", and a skin lesion
# excised "with underlying breast tissue" are breast tissue)
_BREAST_SKIN = re.compile(r"\bbreast[ \t]+skin\b(?![ \t]*-?[ \t]*sparing\b)"
                          r"(?![^\n]{0,80}\bwith[ \t]+(?:the[ \t]+)?underlying[ \t]+breast\b)"
                          r"|\bskin[ \t]+(?:of|over)[ \t]+(?:the[ \t]+)?(?:(?:left|right)[ \t]+)?breast\b",
                          re.IGNORECASE)


def _is_breast_part(p: Part) -> bool:
    """The specimen part ``p`` is breast tissue: its header names the breast, not the breast's skin."""
    return p.site == BREAST and _BREAST_SKIN.search(p.header) is None


def _is_outside_breast(p: Part) -> bool:
    """The specimen part ``p``'s header names a site outside the breast: its skin, a lymph node, another organ (a
    header naming no site, a numbered list's row, is not known to be outside)."""
    return p.site in (SKIN, LYMPH_NODE, OTHER_ORGAN) or p.site == BREAST and not _is_breast_part(p)


# An update the report promises once a part's side is known, in that part's own header aside ("Part B: Breast, core
# (side not recorded; the report will be updated once the side is confirmed) - ..."): only the report's update, naming
# no other part nor all of them ("both", "all parts", "the whole report", "the diagnoses")
_SIDE_AWAITED = re.compile(r"\b(?:the|this)[ \t]+report[ \t]+will[ \t]+be[ \t]+(?:updated|amended|revised)[ \t]+"
                           r"(?:once|when)[ \t]+(?:the[ \t]+)?(?:side|laterality)[ \t]+is[ \t]+(?:confirmed|known)\b",
                           re.IGNORECASE)
_ALL_PARTS = re.compile(r"\b(?:both|all|whole|entire|each|other|diagnoses|parts|cores|specimens)\b", re.IGNORECASE)


def _awaits_own_side(s: Structure, cue: int, findings: list[Finding]) -> bool:
    """The open cue at ``cue`` waits on the side of the part it is written in: that part names no side, its findings
    are in review for want of one already, and the cue is the update note (_SIDE_AWAITED) in the aside of that part's
    header line, naming no other part. It concerns only that part (the other parts' diagnoses stand)."""
    part = s.part_at(cue)
    if part is None or part.laterality is not None:
        return False
    line_end = end_of_line(s.norm, part.start)
    opening, closing = s.norm.rfind("(", part.start, cue), s.norm.find(")", cue, line_end)
    if opening < 0 or closing < 0 or "(" in s.norm[opening + 1 : closing] or ")" in s.norm[opening:cue]:
        return False
    aside = s.norm[opening + 1 : closing]
    return (_SIDE_AWAITED.search(aside) is not None and _ALL_PARTS.search(aside) is None
            and not _names_other_part(aside, part.label)
            and any(f.specimen == part.label and f.reason == "no_side" for f in findings))


# The parts a sentence names by number or letter ("parts 1 and 2", "part A", "parts B, C & D")
_PARTS_NAMED = re.compile(r"\bparts?\s+(?P<ls>(?-i:[A-H])\b|\d+\b)(?P<more>(?:\s*(?:,|&|and|or)\s*(?:(?-i:[A-H])\b|\d+\b))*)",
                          re.IGNORECASE)
_PART_LABEL = re.compile(r"\b(?:[A-H]|\d+)\b")


def _names_other_part(text: str, label: str) -> bool:
    """``text`` names a part other than ``label`` ("The diagnoses of parts 1 and 2 may be revised once the side is
    confirmed", written in part 2: part 1 too awaits it)."""
    own = label.upper()
    return any(lab.upper() != own for m in _PARTS_NAMED.finditer(text)
               for lab in _PART_LABEL.findall(m.group("ls") + " " + m.group("more")))


def _unresolved_markers(s: Structure, texts: dict, addenda: dict[int, str], revisers: list[int],
                        mentions: list[_Mention], findings: list[Finding]) -> list[Finding]:
    """One ``review`` record per breast for an addendum (or note) that leaves the diagnosis open."""
    out: list[Finding] = []
    low = s.low if s.low is not None else s.norm.lower()
    if not any(map(low.__contains__, _OPEN_WORDS)) and not ("sent" in low and _SENT.search(low)):
        return out  # no cue of either kind can match: every cue needs one of these words
    # Text under no heading counts too: an addendum dictated as prose ("Addendum to the right breast
    # core ... the final diagnosis may change, a further addendum will be issued") has no heading.
    # Its order is that of the heading before it (a later revision still settles it).
    pieces = list(texts.items())
    heading_orders = [(sec.start, sec.order) for sec in s.sections if sec.order >= 0]
    for sec in s.sections:
        if sec.order < 0 and sec.role == BODY and _UNRESOLVED.search(s.norm, sec.start, sec.end):
            before = [o for a, o in heading_orders if a <= sec.start]
            pieces.append((max(before, default=-1), (BODY, sec.start, sec.end, s.norm[sec.start : sec.end])))
    for order, (role, start, stop, text) in pieces:
        if role not in (ADDENDUM, AMENDMENT, COMMENT, DIAGNOSIS, REVISION, BODY):
            continue
        if role == ADDENDUM and addenda.get(order) != "unresolved":
            continue
        cues = list(_UNRESOLVED.finditer(text))
        if role in (ADDENDUM, AMENDMENT):
            cues = sorted([*cues, *_CONSULT_PENDING.finditer(text)], key=lambda m: m.start())
        if not cues:
            continue
        cue = cues[-1]
        if _revised_later(s, texts, revisers, order, start) or _confirmed_later(s, start, stop):
            continue  # a later revision or confirmation settles it
        cue_start, cue_end = start + cue.start(), start + cue.end()
        if _awaits_own_side(s, cue_start, findings):
            continue  # "Part B: Breast, core (side not recorded; the report will be updated once the side is confirmed)"
        ref = {(r.group("l") or r.group("l2")).upper() for r in _PART_REFERENCE.finditer(text)}
        # ("... part A may be revised ... Part B is not affected": part B stands)
        ref -= {u.group("l").upper() for u in _PART_NOT_AFFECTED.finditer(text)}
        labelled = [f for f in findings if f.effect in (LABELS, REVIEW) and f.laterality is not None]
        scoped = [f for f in labelled if f.specimen in ref] if ref else []
        if ref and not scoped and any(f.specimen in ref and f.reason == "no_side" for f in findings):
            continue  # it waits on the site of parts whose side is unknown: they are in review already
        # the breast parts it names whose diagnosis labels nothing ("B. Left breast, core: papillary lesion with focal
        # atypia" ... "the diagnosis for part B may be revised"): the side their header names, not the other parts'
        named = [p for p in s.parts if p.label.upper() in ref] if ref and not scoped else []
        if named and all(map(_is_outside_breast, named)):
            continue  # it names only parts outside the breast ("B. Left breast skin, shave", an axillary node): none
        named_sides = {p.laterality for p in named if p.laterality is not None and _is_breast_part(p)}
        if not ref and role in (ADDENDUM, AMENDMENT):
            # ("Further levels on the right core requested; the diagnosis may be revised": the breast it names)
            named_sides = {m.side for m in s.sides.sides_in(start, stop)}
        pool = scoped or labelled or [f for f in findings if f.laterality is not None and f.section not in (
            HISTORY, OUTSIDE, ORIGINAL, GROSS, COMMENT)]
        sides = sorted(named_sides or {f.laterality for f in pool}) or [None]
        unit = s.unit_at(cue_start)
        evidence = evidence_of(s.text, stripped_bounds(s.text, unit), cue_start, cue_end)
        for side in sides:
            out.append(Finding(
                finding=UNRESOLVED_FINDING, category=lexicon.OTHER, laterality=side, clock=None, negated=False,
                historical=False, uncertain=True, start=cue_start, end=cue_end, text=s.text[cue_start:cue_end],
                evidence=evidence, specimen=None, nodal=False, section=role, site=BREAST, effect=REVIEW,
                reason="unresolved_addendum",
            ))
    return out


# ----------------------------------------------------------------------------------- breast states
def states_from_findings(findings: Iterable[Finding]) -> dict[str, dict]:
    """Per-breast state of one report: ``{"L": {"benign", "malignant", "needs_review",
    "review_reasons", "malignant_by", "benign_by"}, "R": ...}``.

    ``benign`` / ``malignant``: a ``labels`` finding of that category on that side. ``needs_review``:
    a ``review`` finding on that side (or on no side: then both), except that ``no_side`` and
    ``open_differential`` triggers are void on a breast labelled malignant. ``*_by``: the span
    ``(start, end)`` of the first finding that decided the flag (None when not set).
    """
    out = {s: {"benign": False, "malignant": False, "needs_review": False, "review_reasons": [],
               "malignant_by": None, "benign_by": None} for s in SIDES}
    reviews: list[Finding] = []
    for f in findings:
        if f.effect == LABELS and f.laterality in out and f.category in (lexicon.BENIGN, lexicon.MALIGNANT):
            state = out[f.laterality]
            state[f.category] = True
            key = f"{f.category}_by"
            if state[key] is None:
                state[key] = (f.start, f.end)
        elif f.effect == REVIEW:
            reviews.append(f)
    for f in reviews:
        for side in ([f.laterality] if f.laterality in out else SIDES):
            state = out[side]
            if f.reason in VOID_IF_MALIGNANT and state["malignant"]:
                continue
            if f.reason not in state["review_reasons"]:
                state["review_reasons"].append(f.reason)
            state["needs_review"] = True
    return out


def labels_from_findings(findings: Iterable[Finding]) -> dict[str, dict[str, bool]]:
    """Per-breast ``{"benign", "malignant"}`` flags of one report (``labels`` findings only)."""
    out = {side: {"benign": False, "malignant": False} for side in SIDES}
    for f in findings:
        if f.effect == LABELS and f.laterality in out and f.category in (lexicon.BENIGN, lexicon.MALIGNANT):
            out[f.laterality][f.category] = True
    return out
