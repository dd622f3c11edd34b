"""Builders of the DICOM SR tag listings (``dcmdump -q`` printouts) that the radiology tests read.

A listing is ``header(study)`` followed by content items: ``coded_item`` (a CODE item: its concept name, its value and an
optional laterality modifier), ``text_item`` (a TEXT item) and ``container_item`` (a CONTAINER item holding other
items, printed 4 columns further in); ``listing(study, *items)`` joins them. Each item comes in two forms: the short one
(the default: value type and code meanings only) and, with ``full=True``, the one a full printout gives (each item's
relationship type, the concept codes' code values and the modifier's own code sequences).
``item_lines_in_code_sequences`` adds the "(fffe,e000)" item line that real dcmdump output prints inside every code
sequence. The texts are synthetic: only their tags, nesting and code meanings matter to the reader.
"""

ASSESSMENT = "BI-RADS Assessment"  # (the concept name of an assessment item)

_ITEM_4 = "(fffe,e000) na (Item with explicit length #=4)        # {size}, 1 Item\n"
_SEQ = "(0040,{tag}) SQ (Sequence with explicit length #=1)  # {size}, 1 {name}\n"
_CONTAINS = "(0040,a010) CS [CONTAINS]                           #   8, 1 RelationshipType\n"
_CODE_VALUES = ("(0008,0100) SH [{code}]                         #   6, 1 CodeValue\n"
                "(0008,0102) SH [DCM]                            #   4, 1 CodingSchemeDesignator\n")


def _meaning(meaning: str, pad: int, size: int) -> str:
    """A CodeMeaning line: the meaning, ``pad`` spaces, then its (nominal) length."""
    return f"(0008,0104) LO [{meaning}]{' ' * pad}#{size:>4}, 1 CodeMeaning\n"


def _indent(text: str, by: int) -> str:
    return "".join(" " * by + line for line in text.splitlines(keepends=True))


def header(study: str) -> str:
    """The listing's header lines: the SR storage class, the study description, the patient and the content sequence."""
    return ("# dcmdump -q SR_0001.dcm\n"
            "(0008,0016) UI =ComprehensiveSRStorage                  #  30, 1 SOPClassUID\n"
            f"(0008,1030) LO [{study}]                               #  20, 1 StudyDescription\n"
            "(0010,0010) PN [PERSON^A]                               #  16, 1 PatientName\n"
            "(0040,a730) SQ (Sequence with explicit length #=3)      # 998, 1 ContentSequence\n")


def _modifier(side: str, modifier: str, full: bool) -> str:
    """The content sequence of a HAS CONCEPT MOD item naming ``modifier`` (e.g. "Laterality") as ``side``."""
    lines = [_SEQ.format(tag="a730", size=" 62", name="ContentSequence"),
             "  (fffe,e000) na (Item with explicit length #=3)    #  54, 1 Item\n",
             "    (0040,a010) CS [HAS CONCEPT MOD]                #  16, 1 RelationshipType\n"]
    if full:
        lines += ["    (0040,a040) CS [CODE]                           #   4, 1 ValueType\n",
                  "    (0040,a043) SQ (Sequence with explicit length #=1)  #  30, 1 ConceptNameCodeSequence\n",
                  "        " + _meaning(modifier, 19, 10),
                  "    (0040,a168) SQ (Sequence with explicit length #=1)  #  30, 1 ConceptCodeSequence\n",
                  "        " + _meaning(side, 24, 6)]
    else:
        lines += ["    " + _meaning(modifier, 19, 10), "    " + _meaning(side, 24, 6)]
    return "".join(lines)


def coded_item(name: str, value: str, side: str | None = None, *, modifier: str = "Laterality",
               full: bool = False) -> str:
    """A CODE content item: concept name ``name`` (e.g. "BI-RADS Assessment"), value ``value`` (e.g. "Benign") and,
    when ``side`` is given, a ``modifier`` concept modifier (e.g. Laterality: "Left")."""
    if full:
        body = (_CONTAINS + "(0040,a040) CS [CODE]                               #   4, 1 ValueType\n"
                + _SEQ.format(tag="a043", size=" 48", name="ConceptNameCodeSequence")
                + _indent(_CODE_VALUES.format(code="111005") + _meaning(name, 25, 18), 4)
                + _SEQ.format(tag="a168", size=" 44", name="ConceptCodeSequence")
                + _indent(_CODE_VALUES.format(code="111170") + _meaning(value, 24, 16), 4))
    else:
        body = ("(0040,a040) CS [CODE]                               #   4, 1 ValueType\n"
                + _SEQ.format(tag="a043", size=" 48", name="ConceptNameCodeSequence")
                + "  " + _meaning(name, max(1, 30 - len(name)), 18)
                + _SEQ.format(tag="a168", size=" 44", name="ConceptCodeSequence")
                + "  " + _meaning(value, max(1, 30 - len(value)), 16))
    if side is not None:
        body += _modifier(side, modifier, full)
    return "  " + _ITEM_4.format(size="190") + _indent(body, 4)


def text_item(name: str, text: str, *, full: bool = False) -> str:
    """A TEXT content item: concept name ``name`` (e.g. "Finding") and text value ``text``."""
    if full:
        body = (_CONTAINS + "(0040,a040) CS [TEXT]                               #   4, 1 ValueType\n"
                + _SEQ.format(tag="a043", size=" 48", name="ConceptNameCodeSequence")
                + "    " + _meaning(name, 25, 18))
    else:
        body = ("(0040,a040) CS [TEXT]                               #   4, 1 ValueType\n"
                + _meaning(name, 28, 8))
    body += f"(0040,a160) UT [{text}] #  96, 1 TextValue\n"
    return "  (fffe,e000) na (Item with explicit length #=3)        # 140, 1 Item\n" + _indent(body, 4)


def container_item(name: str, *items: str) -> str:
    """A CONTAINER content item named ``name`` (e.g. "Comparison") holding ``items``, printed 4 columns further in."""
    body = (_CONTAINS + "(0040,a040) CS [CONTAINER]                          #   4, 1 ValueType\n"
            + _SEQ.format(tag="a043", size=" 48", name="ConceptNameCodeSequence")
            + "    " + _meaning(name, 25, 18)
            + _SEQ.format(tag="a730", size="400", name="ContentSequence"))
    return "  " + _ITEM_4.format(size="500") + _indent(body, 4) + _indent("".join(items), 4)


def listing(study: str, *items: str) -> str:
    """A whole listing: the header of study ``study`` followed by ``items``."""
    return header(study) + "".join(items)


def item_lines_in_code_sequences(text: str) -> str:
    """``text`` with an "(fffe,e000)" item line printed inside each concept name / concept code sequence, as real
    dcmdump output prints one there."""
    lines = []
    for line in text.splitlines(keepends=True):
        lines.append(line)
        if "ConceptNameCodeSequence" in line or "ConceptCodeSequence" in line:
            indent = " " * (len(line) - len(line.lstrip()) + 2)
            lines.append(f"{indent}(fffe,e000) na (Item with explicit length #=3)    #  40, 1 Item\n")
    return "".join(lines)
