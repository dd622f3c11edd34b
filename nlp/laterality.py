"""Side (``L``/``R``) and clock-position cues in pathology and radiology text.

Regular expressions over the raw text (compiled once, run in C): a report has a handful of
side words, so this is cheaper than a token-level matcher and keeps character offsets exact.
"""

from __future__ import annotations

import bisect
import copy
import re
from typing import NamedTuple

from nlp.prescan import ascii_lower, may_contain

# "left"/"right" and their abbreviations; "L"/"R" only where unambiguous: before a breast word
# ("L breast", "R br", "L brst"), a clock position ("R 9:00", "L 2 o'clock"), in parentheses, or
# as a single-letter header ("R: FA.", "L - fibroadenoma", "A. R: breast", "... . L: FA").
_LETTER_CONTEXT = (r"(?=(?i:\s*(?:breast|br\b|brst|axilla|axillary|nipple|\)|,\s*\d"
                   r"|,\s*(?:punch|shave|core|bx|biopsy|excision|exc|needle|fna|us|stereo|vab)\b"
                   r"|\s+x\s?\d\b"
                   # (also the hour glued to a lower-case "oc": "R 9oc core", a breast clinic's shorthand; not "4oC")
                   r"|\s\d{1,2}(?::\d\d|\s*o['’`]?\s?clock|\s*oclock|\s*o['’`]c\b|(?-i:oc)\b)"
                   r"|[ \t]+\((?!\w\))"
                   r"|\s+(?:us|bx|core|mass|lump|side|subareolar|retroareolar|periareolar|areolar|axillary|sln|"
                   r"uoq|uiq|loq|liq|upper|lower|inner|outer|central|stereo|vab|wle|mastectomy|lumpectomy|mastect|lumpect|"
                   r"excision|exc|reduction|cyst|skin|"
                   # ("L duct excision: periductal mastitis", "R microdochectomy": a duct operation's side; its
                   # kind before it too, "R total duct excision", "L major duct excision")
                   r"(?:(?:total|major)\s+)?duct\s+excision|microdochectomy|"
                   # (the kind of operation before its name: "L risk-reducing mastectomy", "R therapeutic mammaplasty")
                   r"risk-?\s?reducing|prophylactic|therapeutic|completion|nipple-?\s?sparing)\b)))")
# Side patterns, each starting with a character class (the regex engine then skips quickly to
# the candidates; one alternation of them all is several times slower): the words, the single
# upper-case letters in context, "(L)"/"(R)", and letter headers at the start of a line.
# ("left" the verb is no side: "the laterality field was left blank", "side left unanswered")
# ("LEFT BLANK" on a form too)
# ("RT" before a dose is radiotherapy: "prior RT 50 Gy/25#")
# ("light" is no side: "kappa light chain restricted", "Light microscopy": "ight" / "ght" after an "L" only with the
# breast, the axilla, the nipple or the side straight after it, a dictation's "Lght breast")
_IGHT = r"(?:ight|IGHT|ght|GHT)"  # ("right" past its first letter, also as dictated without its "i")
_SIDE_WORD = re.compile(r"[LlRr](?<!\w.)(?:(?:eft|EFT)(?![ \t]+(?i:blank|empty|unanswered|unfilled|unmarked|unrecorded)\b)"
                        r"|ft|FT|(?:t|T)(?![ \t]*\d+(?:\.\d+)?[ \t]*(?i:gy)\b)|(?<=[Rr])" + _IGHT
                        + r"|(?<=[Ll])" + _IGHT + r"(?=[ \t]+(?i:breast|br\b|brst|axilla|axillary|nipple|side)))\b\.?")
_SIDE_LETTER = re.compile(r"[LR](?<!\w[LR])" + _LETTER_CONTEXT)
_SIDE_PAREN = re.compile(r"\([LR]\)")
# A single-letter header: at the start of a line ("R: FA.", "L 540g - FA"), after a part letter ("A. R: BREAST,
# 7:00"), or as a sentence's header after a full stop ("Bilat reduction. R: benign. L: FA.": a colon
# only there, "Dr. R. Smith" is a name), or as the first item after a heading's colon, set off by a spaced dash as
# the other side's item on the next line is ("Dx: L - FA." over "    R - ILC": a spaced dash only, "Size: L-shaped"
# is a word; a list of both sides only, a lone "Site: R - ..." stays unread).
_SIDE_LINE_LETTER = re.compile(
    # (also before the specimen's weight in grams and its dash: a reduction's "L 540g - fibroadenomas x2", "L 540gm -";
    # not before the other side's letter and weight, a line of both weights, "L 540g - R 590g")
    r"^[ \t]*(?:\(?[A-Z0-9]{1,2}[.)][ \t]+)?([LR])"
    r"(?=[ \t]*(?::|-\s|\.\s)|[ \t]+\d{1,4}(?:\.\d)?[ \t]?gm?[ \t]*(?:[-\u2013][ \t]|:)(?![ \t]*[LR][ \t]+\d))"
    r"|(?<=[.;])[ \t]+([LR])(?=[ \t]*:)"
    r"|(?<=:)[ \t]+([LR])(?=[ \t]+-[ \t][^\n]*\n[ \t]*(?!\3)[LR][ \t]+-[ \t])"
    # a chat message's text starts behind its bracketed time stamp and its sender: "[10:14:40] r.kaplan: R: ILC",
    # "[12/02/26, 16:31] Dr Farrow (Path): L: FA" (a letter with its colon only: "R. Smith" may be a name)
    r"|^[ \t]*\[(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4},?[ \t]+)?\d{1,2}:\d\d(?::\d\d)?\][ \t]*[^:\n\[\]]{1,40}:[ \t]+"
    r"([LR])(?=[ \t]*:)",
    re.MULTILINE)
# Latin sides after the Latin breast word (Nordic and German-speaking houses): "mamma sin.",
# "mammae dx.", "Mamma dextra" ("dx" alone is a diagnosis, "sin" alone is not a side).
_LATIN_SIDE = re.compile(r"[Mm](?:amma|AMMA|ammella|AMMELLA)[eE]?[ \t]+(?P<side>(?i:sin(?:istra|istr)?|dx|dext(?:ra|r)?))\b")
# Side words of translated and bilingual reports (Italian, Spanish, Portuguese, French, Catalan): "mammella
# destra", "mama izquierda", "sein gauche", "mama esquerra / dreta", the masculine "pit esquerre / dret" (the
# masculine "dret" only after "pit" or "costat", "costat dret" (right side): alone it is a notice's "right", as "drets"
# is its "rights");
# and Central European ones (Romanian "sân drept / stâng",
# Polish "pierś prawa / lewa", Czech "prs vpravo / vlevo", "pravý / levý", German "rechts / links",
# Hungarian "jobb / bal emlő"; Scandinavian "höger / vänster bröst", "høyre / venstre"; Croatian and Bosnian
# "desna / lijeva dojka", "desno", "u lijevoj dojci"; Finnish "oikea / vasen rinta" in its cases: "oikean
# rinnan", "vasemmassa rinnassa", "oikealla", "vasemmalta"); Malay "kanan / kiri" only after the Malay breast or
# armpit word ("payudara kiri", "nodus limfa ketiak kanan": alone, "Kiri" is also a given name); Russian "правая /
# левая молочная железа" (right / left mammary gland) in their cases ("правой", "левого") and "правосторонняя /
# левосторонняя" (right- / left-sided) in theirs ("левосторонняя радикальная мастэктомия"); the adverbs "справа /
# слева" only after a breast, lesion or operation noun (_RUSSIAN_ADVERB_SIDE).
_ROMANCE_SIDE = re.compile(r"\b(?:(?P<r>destr[ao]|derech[ao]|direit[ao]|dreta|(?<=\bpit\s)dret|droite?|drept|dreapt[aă]|"
                           r"(?<=\bcostat\s)dret|"
                           r"praw(?:a|ej|y|ą|ego)|vpravo|prav(?:ý|á|é|ého|ém)|recht(?:s|e|en|er)?|jobb|h[öø]ger|h[øo]yre|h[øo]jre|"
                           r"h[öø](?=\s+br[öø]st)|desn(?:a|e|i|o|oj|om|u|og|oga|ome|im|ih)|"
                           r"oike(?:a|an|aa|assa|aan|asta|alla|alta|alle|at|anpuoleinen)|(?<=payudara\s)kanan|(?<=ketiak\s)kanan|"
                           r"прав(?:ая|ой|ый|ого|ом|ую|ое|ых|ые)|правосторонн(?:яя|ей|ий|его|ем|юю|ее|их|ие|ими|им))"
                           r"|(?P<l>sinistr[ao]|izquierd[ao]|esquerd[ao]|esquerr[ae]|gauche|st[âa]ng(?:a|ă)?|"
                           r"lew(?:a|ej|y|ą|ego)|vlevo|lev(?:ý|á|é|ého|ém)|link(?:s|e|en|er)|bal(?=\s+eml)|v[äa]nster|venstre|"
                           r"v[äa](?=\s+br[öø]st)|lijev(?:a|e|i|o|oj|om|u|og|oga|ome|im|ih)|"
                           r"vase(?:n|nta|mman|mmassa|mpaa|mpaan|mmasta|mmalla|mmalta|mmalle|mmat|mpi|mmanpuoleinen)"
                           r"|(?<=payudara\s)kiri|(?<=ketiak\s)kiri|лев(?:ая|ой|ый|ого|ом|ую|ое|ых|ые)|левосторонн(?:яя|ей|ий|его|ем|юю|ее|их|ие|ими|им))"
                           # (a French side agrees in the plural with a plural noun just before it: "ganglions
                           # axillaires gauches", "seins droits"; only there, as "tous droits réservés" is no side)
                           r"|(?:(?<=aires\s)|(?<=ons\s)|(?<=ins\s))(?:(?P<rp>droite?s)|(?P<lp>gauches)))"
                           # (a Dutch compound joins the side to its breast or nipple: "rechterborst", "linkertepel")
                           r"(?:(?!\w)|(?=borst|tepel))",
                           re.IGNORECASE)
# The Russian adverbs "справа / слева" (on the right / left) name a side only right after a breast, lesion or operation
# noun ("образование справа", "мастэктомия слева", "лимфоузел справа", "МЖ слева"), and never as an order ("слева
# направо", left to right: the blocks' order) nor as a gross photograph's note ("Фото: слева - латеральный край")
# (read from the adverb back to its noun: the adverb's pattern opens on a letter class, so the engine skips straight to
# its first letter, in every case the flag folds to "с" (the wide es "\u1c83" too), where a pattern led by the nouns
# was tried at every character of every non-ASCII report, French and Spanish ones included)
# (nor as a position, "слева / справа от разреза", to the left / right of the incision: review pfinal10)
_RUSSIAN_ADVERB_SIDE = re.compile(r"[\u0421\u0441\u1c83](?i:(?P<r>права)|(?P<l>лева))"
                                  r"(?i:(?![а-яё])(?![ \t]+(?:направо|налево|от(?![а-яё]))))")
# A Russian side word on a line that names a relative ("у матери рак левой молочной железы", the mother's left breast
# cancer; "сестра", "бабушка", "тётя", "дочь") or a family history ("Семейный анамнез:") is the relative's breast, no side
# of the patient's (review pfinal10)
_RUSSIAN_RELATIVE = re.compile(r"(?<![а-яё])(?:мат(?:ь|ери|ерью)|сестр(?:а|ы|е|у|ой)|бабушк(?:а|и|е|у|ой)|"
                               r"т[её]т(?:я|и|е|ю|ей)|доч(?:ь|ери|ерью)|отц(?:а|у)|семейн[а-яё]{0,4})(?![а-яё])",
                               re.IGNORECASE)
_RUSSIAN_SIDE_NOUN = re.compile(
    r"(?:образовани|узел|узл|опухол|мастэктоми|резекци|биопси|лимфаденопати|дуктографи|операци|желез|МЖ)[а-яё]{0,4}\Z",
    re.IGNORECASE)
_RUSSIAN_SIDE_NOUN_REACH = 17  # (the longest noun, "лимфаденопати", and its ending)
# The pre-check runs on ASCII text only (:mod:`nlp.prescan`), so it lists the words an ASCII match holds: no
# word with an accent, and the Czech "prav-" / "lev-" only as "vpravo" / "vlevo" (their other endings are
# accented; "lev" alone is in every "level" and "elevated", which then paid for the whole scan).
_ROMANCE_WORDS = ("destr", "derech", "direit", "droit", "sinistr", "izquierd", "esquerd", "gauche", "drept", "dreapt",
                  "dret", "esquerr",
                  "praw", "vprav", "recht", "jobb", "stang", "lew", "vlev", "link", "bal",
                  "hoger", "hoyre", "hojre", "vanster", "venstre", "desn",
                  "lijev", "oike", "vase", "kanan", "kiri")
# Spanish / Portuguese abbreviations of a side: "mama izq.", "izqda.", "dcha.", "axilares der.", "mama esq." /
# "mama dir." ("dir." alone is a director, "der" without its full stop an article). Led by its first letters,
# at a word start (the engine skips to them), and run only on a report that names the breast "mama" (one
# substring test: a test of each abbreviation costs six).
_SIDE_ABBREVIATION = re.compile(r"[IiDdEe](?<!\w[IiDdEe])(?i:(?<=i)(?P<l>zq(?:da)?|zda)|(?<=mama\se)(?P<l2>sq\.)"
                                r"|(?<=d)(?P<r>ch[ao]|er\.)|(?<=mama\sd)(?P<r2>ir\.))(?!\w)")
SIDE_ABBREVIATION_GATE = "mama"
# Every _SIDE_LINE_LETTER match is an "L"/"R" before ":", "-" or "." or a weight in grams: most reports have none, and this
# scan skips to its first character (the full pattern, anchored on lines, is ~8x slower).
_LINE_LETTER_HINT = re.compile(r"[LR](?:[ \t]*[:.\-]|[ \t]+\d{1,4}(?:\.\d)?[ \t]?gm?[ \t:\-\u2013])")
# Both sides as letter items of one line after a result heading that opens the line, each set off by a spaced dash, the
# second after a full stop: "Conclusion: L - B2 (fibroadenoma). R - B5b (invasive carcinoma)." Accept-only: the heading is
# the report's result (summary, conclusion, diagnosis, impression, opinion); the same letters after any other field
# ("Cores: R - 3 cores. L - none.", "Markers:", "Previous:", "Surgery:", "Radiology:", "Clock:") count, place or
# recall something else and give no side. (A lone "Site: R - ..." stays unread, and so does a pair of the same letter.)
# (an NHSBSP report's "Core biopsy data:" line is its result too, the B category of each side: "Core biopsy data: R - B5b
# malignant, invasive. L - B2 benign.")
# (that line's letters side only its own items: an unsided "Core 1: ..." line above it takes no side from them, see
# SideIndex.off_lines)
_SIDE_DASH_PAIR = re.compile(r"^[ \t]*(?i:summary|conclusions?|diagnos[ie]s|dx|impression|opinion|"
                             r"core[ \t]+(?:biopsy[ \t]+)?data)[ \t]*:"
                             r"[ \t]+([LR])[ \t]+-[ \t][^\n]*?[.;][ \t]+((?!\1)[LR])[ \t]+-[ \t]", re.MULTILINE)
# A table drawn with pipes whose header names a side column ("| Seite [Side] |", "| Side |", "| Laterality |"): a cell
# holding only "L" or "R" ("1 | R | 9 Uhr, 4 cm MA | ... | Fibroadenom [fibroadenoma] | B2") is its row's side. A
# letter cell of a table without that column (a size, a code), of another column of that table, or of another table
# of the same report stays unread (_side_column_cells).
# (the header may be the German or Dutch word alone, whose reports write the sides "L" / "R" too: "| Probe | Seite |
# Histologie |", "| Zijde |", also with its letters after it, "| Seite (R/L) |"; a cell with more than the word,
# "Seite 2", "Seitenangabe", is no side header)
_SIDE_COLUMN_HEADER = re.compile(r"\|[ \t]*(?:[^|\n\[\]]{1,30}\[)?(?i:side|laterality|seite|zijde)\]?"
                                 r"(?:[ \t]*\((?i:r/l|l/r)\))?[ \t]*(?=\|)")
_SIDE_CELL = re.compile(r"\|[ \t]*([LR])[ \t]*(?=\|)")
_SIDE_COLUMN_WORDS = ("side", "laterality", "seite", "zijde")
_TABLE_RULE_LINE = re.compile(r"[ \t]*[-=_+]{3,}[-=_+ \t]*")  # (a ruled line inside a table: "-----")
# A chat message that answers a question is no side letter's message: "Q: result for the left core?" then "[10:02]
# dr.path: R: fibroadenoma", where "R:" is the reply ("respuesta" after a Spanish "P:" / "pregunta"): the message before
# it ends with a question mark or is labelled a question, and names one side (the reply's side); a question naming no
# side or both ("any update?", "results for both sides please?") leaves the reply's side letters standing.
_QUESTION_MESSAGE = re.compile(r"\?[ \t]*$|(?<![^\s\]:])[QP]:[ \t]")
_QUESTION_SIDE = re.compile(r"\b(?:(?P<L>left|lt|izquierd[oa]|izq)|(?P<R>right|rt|derech[oa]|der))\b", re.IGNORECASE)
# ... and a chat message's other side after a slash: "[14:02] dr.lee: R: ILC grade 2 / L: FA"
_CHAT_SLASH_SIDE = re.compile(r"[ \t]/[ \t]*([LR])(?=[ \t]*:)")
# A dictated self-correction cancels the side said just before it: "left breast, correction,
# right breast", "BREAST, RIGHT -- CORRECTION -- LEFT", "right breast comma sorry comma correction".
_CORRECTION = re.compile(r"\b(?:correction|corrected\s+to|sorry|i\s+mean|scratch\s+that)\b", re.IGNORECASE)
_MAY_CORRECT = ("orrect", "ORRECT", "orry", "mean", "cratch")  # cheap literal test first (substrings: no scan)
CORRECTION_REACH = 45  # characters between the cancelled side word, the cue and the corrected one
_CLOCK = re.compile(
    r"\b(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<m>[0-5]\d))?\s*(?:o['’`]?\s?clock|o['’`]c\b|oclock|o\s+clock)"
    r"|\b(?P<h2>1[0-2]|0?[1-9]):(?P<m2>[0-5]\d)\b(?!\s*(?:am|pm|a\.m|p\.m|hrs|hours))",
    re.IGNORECASE,
)
_CLOCK_WORDS = ("clock", "o'c", "o’c", "o`c")
_HOUR_DIGIT = re.compile(r"[1-9]")  # every clock's hour has one (a character-class scan, far cheaper than _CLOCK's)


def _answers_question(text: str, line_start: int) -> bool:
    """The chat message on the line before ``line_start`` asks a question about one side (:data:`_QUESTION_MESSAGE`)."""
    if line_start == 0:
        return False
    previous = text[text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
    if _QUESTION_MESSAGE.search(previous) is None:
        return False
    return len({m.lastgroup for m in _QUESTION_SIDE.finditer(previous)}) == 1


class SideMention(NamedTuple):
    """A side word: its side and character offset (a NamedTuple: built by the dozen per report,
    ~3x cheaper than a frozen dataclass)."""

    side: str
    start: int


def _side_column_cells(text: str) -> list[tuple[int, str]]:
    """Each "L" / "R" cell in a side column of a table drawn with pipes, as (position, letter): the cells below a
    _SIDE_COLUMN_HEADER in its own column (as many pipes before it on its line), down to the table's end (the first line
    without a pipe that is not a ruled line), and the cell right after the header in a key / value row. Another table's
    letter cell, or another column's, is no side."""
    cells: list[tuple[int, str]] = []
    read_to = -1  # (a table is read once, from its first side header line)
    for header in _SIDE_COLUMN_HEADER.finditer(text):
        line_start = text.rfind("\n", 0, header.start()) + 1
        if line_start <= read_to:
            continue
        column = text.count("|", line_start, header.start())
        key_value = _SIDE_CELL.match(text, header.end())  # (a key / value row: "| Laterality | L |")
        if key_value:
            cells.append((key_value.start(1), key_value.group(1)))
        pos = text.find("\n", header.end())
        while pos >= 0:
            end = text.find("\n", pos + 1)
            end = len(text) if end < 0 else end
            if text.find("|", pos + 1, end) < 0 and not _TABLE_RULE_LINE.fullmatch(text, pos + 1, end):
                break
            pipes, last = 0, pos + 1  # (pipes before each cell on its line, counted once along the line)
            for cell in _SIDE_CELL.finditer(text, pos + 1, end):
                pipes += text.count("|", last, cell.start())
                last = cell.start()
                if pipes == column:
                    cells.append((cell.start(1), cell.group(1)))
            pos = end if end < len(text) else -1
        read_to = len(text) if pos < 0 else pos
    return cells


def _relative_lines(text: str) -> tuple[list[int], set[int]]:
    """The text's line ends (newline offsets) and the numbers of its lines naming a relative (_RUSSIAN_RELATIVE), or
    () where none does: read once per Cyrillic text, each side word then looked up by bisection."""
    relatives = [m.start() for m in _RUSSIAN_RELATIVE.finditer(text)]
    if not relatives:
        return ()
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    return newlines, {bisect.bisect_left(newlines, k) for k in relatives}


def _on_lines(lines: tuple[list[int], set[int]], pos: int) -> bool:
    """Whether ``pos`` is on one of the numbered lines of ``lines`` (_relative_lines)."""
    return bisect.bisect_left(lines[0], pos) in lines[1]


_NEWLINE = re.compile(r"\n")
# Any Cyrillic letter, the Extended-C forms included (the case-insensitive patterns fold them to "в", "с", "т", ...)
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff\u1c80-\u1c88]")


class SideIndex:
    """Every side word of a text, sorted by offset, for nearest-preceding look-ups."""

    def __init__(self, text: str) -> None:
        found: dict[int, str] = {}
        for m in _SIDE_WORD.finditer(text):
            found[m.start()] = m.group(0)[0].upper()
        for m in _SIDE_LETTER.finditer(text):
            if text[max(0, m.start() - 5) : m.start()].lower() != "rads(":  # "BI-RADS(R)": the trademark
                found.setdefault(m.start(), m.group(0))
        for m in _SIDE_PAREN.finditer(text):
            if text[max(0, m.start() - 4) : m.start()].lower() != "rads":
                found.setdefault(m.start() + 1, m.group(0)[1])
        for m in _SIDE_LINE_LETTER.finditer(text) if _LINE_LETTER_HINT.search(text) else ():
            k = next(g for g in (1, 2, 3, 4) if m.group(g))
            if k == 4:
                if _answers_question(text, m.start()):
                    continue
                line_end = text.find("\n", m.end())
                for other in _CHAT_SLASH_SIDE.finditer(text, m.end(), len(text) if line_end < 0 else line_end):
                    found.setdefault(other.start(1), other.group(1))
            found.setdefault(m.start(k), m.group(k))
        own_lines: list[tuple[int, int]] = []  # (the "Core biopsy data:" lines, whose letters side their own items)
        own_letters: set[int] = set()
        for m in _SIDE_DASH_PAIR.finditer(text) if _LINE_LETTER_HINT.search(text) else ():
            if "data" in text[m.start() : m.start(1)].lower():
                line_end = text.find("\n", m.end())
                own_lines.append((m.start(), len(text) if line_end < 0 else line_end))
                own_letters.update(k for k in (m.start(1), m.start(2)) if k not in found)
            found.setdefault(m.start(1), m.group(1))
            found.setdefault(m.start(2), m.group(2))
        for m in _LATIN_SIDE.finditer(text) if "amm" in text or "AMM" in text else ():
            found.setdefault(m.start("side"), "L" if m.group("side")[0] in "sS" else "R")
        low = ascii_lower(text)
        if "|" in text and may_contain(low, _SIDE_COLUMN_WORDS):
            for at, side in _side_column_cells(text):
                found.setdefault(at, side)
        # (the Russian relatives' and adverbs' scans run only on a text with a Cyrillic letter: both patterns need one,
        # and the relatives' look-behind was otherwise tried at every character of every non-ASCII report)
        cyrillic = low is None and _CYRILLIC_LETTER.search(text) is not None
        relative_lines = _relative_lines(text) if cyrillic else ()
        if may_contain(low, _ROMANCE_WORDS):
            for m in _ROMANCE_SIDE.finditer(text):
                if relative_lines and "\u0400" <= text[m.start()] <= "\u04ff" and _on_lines(
                        relative_lines, m.start()):
                    continue
                found.setdefault(m.start(), "R" if m.group("r") or m.group("rp") else "L")
        if cyrillic:
            for m in _RUSSIAN_ADVERB_SIDE.finditer(text):
                if relative_lines and _on_lines(relative_lines, m.start()):
                    continue
                noun_end = m.start()
                while noun_end and text[noun_end - 1] in " \t":
                    noun_end -= 1
                if noun_end < m.start() and _RUSSIAN_SIDE_NOUN.search(
                        text, max(0, noun_end - _RUSSIAN_SIDE_NOUN_REACH), noun_end) is not None:
                    found.setdefault(m.start(), "R" if m.group("r") else "L")
        if low is None or SIDE_ABBREVIATION_GATE in low:
            for m in _SIDE_ABBREVIATION.finditer(text):
                found.setdefault(m.start(), "R" if m.group("r") or m.group("r2") else "L")
        # "rt" and "lt" in "art", "salt" are not sides (the look-behind of _SIDE_WORD keeps them out)
        self.mentions = [SideMention(found[k], k) for k in sorted(found)]
        if len(self.mentions) > 1 and any(map(text.__contains__, _MAY_CORRECT)) and _CORRECTION.search(text):
            self.mentions = _drop_corrected(text, self.mentions)
        self.starts = [m.start for m in self.mentions]
        self._end = len(text)
        self._single: str | None = None
        self.own_lines, self._own_letters = own_lines, own_letters
        self._off: SideIndex | None = None

    def off_lines(self, pos: int) -> SideIndex:
        """This index as a mention at ``pos`` off the lines whose side letters side only their own items sees it
        (the "Core biopsy data: L - B5a ... R - B3 ..." letters left out); itself where there are none or ``pos`` is
        on such a line."""
        if not self._own_letters:
            return self
        k = bisect.bisect_right(self.own_lines, (pos, self._end + 1)) - 1
        if k >= 0 and self.own_lines[k][0] <= pos < self.own_lines[k][1]:
            return self
        if self._off is None:
            off = copy.copy(self)
            off.mentions = [m for m in self.mentions if m.start not in self._own_letters]
            off.starts = [m.start for m in off.mentions]
            off._single, off.own_lines, off._own_letters = None, [], set()
            self._off = off
        return self._off

    def sides_in(self, start: int, end: int) -> list[SideMention]:
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return self.mentions[lo:hi]

    def nearest(self, start: int, end: int, pos: int) -> str | None:
        """The side nearest to ``pos`` in ``[start, end)``: preceding first, else following."""
        starts = self.starts
        i = bisect.bisect_left(starts, min(pos, end)) - 1
        if i >= 0 and starts[i] >= start:
            return self.mentions[i].side
        j = bisect.bisect_left(starts, max(pos, start))
        if j < len(starts) and starts[j] < end:
            return self.mentions[j].side
        return None

    def single_side(self, start: int, end: int) -> str | None:
        """The side when ``[start, end)`` names exactly one side (and at least once), else None."""
        if start == 0 and end >= self._end:
            if self._single is None:
                sides = {m.side for m in self.mentions}
                self._single = sides.pop() if len(sides) == 1 else ""
            return self._single or None
        sides = {m.side for m in self.sides_in(start, end)}
        return sides.pop() if len(sides) == 1 else None


def _drop_corrected(text: str, mentions: list[SideMention]) -> list[SideMention]:
    """Drop each side word that a dictated correction cancels (see ``_CORRECTION``)."""
    starts = [m.start for m in mentions]
    dropped: set[int] = set()
    for cue in _CORRECTION.finditer(text):
        i = bisect.bisect_left(starts, cue.start()) - 1
        j = bisect.bisect_left(starts, cue.end())
        if (i >= 0 and j < len(mentions) and cue.start() - starts[i] <= CORRECTION_REACH
                and starts[j] - cue.end() <= CORRECTION_REACH and mentions[i].side != mentions[j].side):
            dropped.add(i)
    return [m for k, m in enumerate(mentions) if k not in dropped]


def sides_of(text: str) -> set[str]:
    """All sides named in ``text``."""
    return {m.side for m in SideIndex(text).mentions}


def clock_of(text: str) -> str | None:
    """The first clock position in ``text`` as ``H:MM`` ("2 o'clock" -> "2:00"), else None."""
    if ":" not in text and not may_contain(ascii_lower(text), _CLOCK_WORDS):
        return None  # every clock has a colon or one of these words: most sentences are spared the scan
    if _HOUR_DIGIT.search(text) is None:
        return None
    m = _CLOCK.search(text)
    if not m:
        return None
    hour = int(m.group("h") or m.group("h2"))
    minute = m.group("m") or m.group("m2") or "00"
    return f"{hour}:{minute}"
