"""Assertion context of a finding mention: negated, historical, uncertain (a NegEx variant).

Why not plain NegEx: pathology reports break its assumptions in predictable ways, each handled
here and covered by a test:

* a cue's scope runs forward to a *terminator* (";", "but", "present", "identified", "positive",
  ", residual", "consistent with", ...), so "no invasive carcinoma, residual DCIS present" and
  "negative for DCIS, positive for invasive carcinoma" negate only what they should;
* post-position cues ("DCIS: not identified", "carcinoma is absent", "phyllodes tumor cannot be
  excluded") apply only when the words between the finding and the cue are list glue
  (other findings, "and", "or", "is", punctuation), so "IDC, grade 2, ER/PR positive, HER2
  negative" and "IDC, lymphovascular invasion not identified" negate nothing;
* "falls short of", "does not meet criteria for", "insufficient for" negate (ADH that falls
  short of DCIS is not DCIS); "suspicious for", "cannot exclude", "versus", "bordering on"
  make a finding uncertain; "favor" and "consistent with" assert it (pathology convention);
* history cues ("history of", "s/p", "prior", "previously diagnosed") mark a finding historical;
* differential cues ("DCIS versus ADH", "borderline between ADH and low-grade DCIS", "at the
  threshold between", "the differential diagnosis includes") mark a finding uncertain *and*
  ``differential``: a differential left open between a benign and a malignant entity is a
  needs-review case (``nlp.resolution``), not a silent "neither";
* withdrawal ("the diagnosis of DCIS is withdrawn", "... retracted", "... superseded") negates.

The functions work on the report's lower-cased text in which every finding mention has been
replaced by ``#`` characters of the same length (offsets unchanged), so a list of findings
between a cue and the mention reads as glue and cue words inside a finding never fire.
"""

from __future__ import annotations

import bisect
import re
import re._parser as re_parser  # the stdlib's own regex parser: reads the cue patterns once, at import
from collections.abc import Sequence
from re._constants import (
    ASSERT,
    ASSERT_NOT,
    AT,
    BRANCH,
    CATEGORY,
    CATEGORY_DIGIT,
    CATEGORY_SPACE,
    IN,
    LITERAL,
    MAX_REPEAT,
    MIN_REPEAT,
    RANGE,
    SUBPATTERN,
)
from typing import NamedTuple

from nlp.layout import CATEGORY_NOUN, CATEGORY_WORD, MONTH_WORD  # (a form's category words: "malignant lesions")

MAX_PRE_SCOPE = 120  # characters from the end of a pre-cue to the finding

# a first-language cue's own English gloss, run in up to its closing bracket ("nie stwierdzono [not found]"): the
# gloss's words are no cue of their own (its "not found" would be one, ended by its "found")
_CUE_GLOSS = r"(?:\s*\[[^\]\n]{0,40}(?<=\w)(?=\]))?"
_PRE_NEG = re.compile(
    r"\b(?:no(?:\s+(?:definite|definitive|convincing|residual|evidence\s+of|histologic\s+evidence\s+of|"
    r"morphologic\s+evidence\s+of|significant|other|additional|further|areas?\s+of|foci\s+of|"
    r"diagnostic\s+features\s+of|features\s+of|remaining|malignant\s+features\s+of))*"
    r"|negative\s+for|neg\s+for|without(?:\s+evidence\s+of)?|free\s+of|free\s+from|clear\s+of|absence\s+of|"
    # (a contracted "not" straight before the entity: "lumps that aren't cancer", "it wasn't a tumour"; not "it isn't
    # clear whether ... carcinoma": the entity must follow)
    r"(?:is|are|was|were)n['’]t(?=\s+(?:an?\s+)?#)|"
    # translated reports keep their own negations: "absence de", "ausência de", "pas de"
    r"absence\s+d[e']|aus[êe]ncia\s+de|pas\s+de|"
    # (the elided "pas d'" and "n'est pas un(e)" / ", pas un(e)" are their own cue kind, _PRE_NEG_FR, reaching to "mais")
    # ... and so do bilingual reports in their first language: Polish "nie stwierdzono" / "bez" /
    # "brak", Czech "bez", Romanian "fără (elemente de)" / "nu s-a identificat", Latin "sine",
    # Bulgarian / Macedonian / Russian / Serbian "без DCIS", Serbian / Croatian / Montenegrin "bez" (these only up to the
    # English gloss in square brackets: in "папилом без атипија [papilloma without atypia]", "papilom bez atipije
    # [papilloma without atypia]" or "papilom fără atipii [papilloma without atypia]" the gloss's papilloma is no more
    # negated than the original; a line break does not end Polish or Czech "bez"),
    # Spanish / Italian / German "ausencia de", "assenza di", "ohne", "kein" (not
    # "kein spezieller Typ": the name of the carcinoma of no special type)
    # (with the cue's own gloss: "nie stwierdzono [not found] raka [carcinoma]", _CUE_GLOSS)
    # Dutch "geen" (no), "zonder" (without), also only up to the gloss: "geen resterend invasief carcinoom of DCIS"
    r"nie\s+stwierdz(?:ono|a\s+si[ęe])" + _CUE_GLOSS + r"|bez(?=[^\[]{0,80}#)|brak|ani|"
    r"(?:без|f[ăa]r[ăa](?:\s+elemente\s+de)?|geen|zonder)(?=[^\[\n]{0,80}#)|"
    # Dutch "niet diagnostisch voor" (not diagnostic of); Swedish "utan (tecken på)" (without (signs of)), right
    # before the entity it denies
    r"niet\s+diagnostisch\s+voor|utan(?:\s+(?:tecken|h[åa]llpunkt(?:er)?)\s+(?:p[åa]|f[öo]r))?(?=\s+#)|"
    r"nu\s+s-?a\s+(?:identificat|eviden[țţt]iat|constatat)" + _CUE_GLOSS + r"|sine|ausencia\s+de|"
    r"assenza\s+di|ohne|kein(?:e|en|er)?(?!\s+spezielle[nrs]?\s+typ)|"
    # Icelandic "ekki (merki um)" (no (signs of)), "engin merki um" (no signs of)
    r"ekki(?:\s+merki\s+um)?|engin\s+merki\s+um|"
    # (a Danish / Norwegian differential considered and rejected: _PRE_REJECTED, its scope ending at "men" / "but")
    # Scandinavian "ingen (kvarvarande / gjenværende)", "inga", "inget": a registry's quoted conclusion (not Danish /
    # Norwegian "karcinom af ingen speciel type", "av ingen spesiell type": the carcinoma of no special type)
    r"ingen(?:\s+(?:kvarvarande|resterande|gjenv[æa]rende|tilbagev[æa]rende|resterende))?"
    # (and Danish / Norwegian "intet" (no) before its entity: "Intet invasivt karcinom", "intet infiltrerende duktalt
    # karcinom"; review pfinal15)
    r"(?!\s+(?:speciel|spesiell|s[äa]rskild)\s+typ)|inga|inget|intet(?=(?:\s+[\w-]+){0,2}\s+#)|"
    # Spanish / Portuguese "sin evidencia de", "sem sinais de", "negativo para", "libre de" (not a bare "sin":
    # "mamma sin." is the left breast)
    # (a bare Portuguese "sem" (without) right before the entity it denies: "sem quisto individualizado"; the
    # Spanish bare "sin" stays unread, "mamma sin." being the left breast)
    r"sin\s+(?:evidencia|signos|presencia|datos|hallazgos)\s+de|sem\s+(?:evid[êe]ncia|sinais|presen[çc]a)\s+de|"
    r"sem(?=\s+#)|"
    # (a British report's "Nil malignant." / "nil malignancy" / "nil atypia": "nil" straight before the entity on its
    # line, as "no"; not "History: nil" over a diagnosis line)
    r"nil(?=[ \t]+#)|"
    r"negativ[oa]s?\s+para|libres?\s+de|livres?\s+de|"
    r"absent\s+for|uninvolved\s+by|not\s+involved\s+by|devoid\s+of|not\s+(?:diagnostic|indicative)\s+of|"
    # ("site not specified", "laterality not given": what the requisition left out negates nothing)
    r"(?:does|do|did)\s+not\s+support|nor|neither|not(?!\s+(?:specified|stated|given|provided|indicated|labell?ed|"
    # ("not diagnostic of" is its own cue below: the bare "not" would end at "diagnostic of", a terminator)
    r"known|recorded|designated|diagnostic\s+of|indicative\s+of)\b)|"
    r"fall(?:s|ing)?\s+short\s+of|short\s+of|"
    # ("the extent remains below that required for DCIS": under the threshold, like "short of")
    r"below\s+(?:that|what|the\s+(?:extent|threshold|size|criteria))\s+(?:is\s+)?required\s+(?:for|of)|"
    r"(?:does|do|did)\s+not\s+(?:meet|fulfill|fulfil|reach)\s+(?:the\s+)?(?:diagnostic\s+)?(?:criteria|threshold)\s+(?:for|of)|"
    # ("the size criterion for DCIS is not met": the criterion named before its verdict)
    r"criteri(?:on|a)\s+(?:for|of)(?=\s[^.;\n]{0,60}?\b(?:is|are|was|were|has\s+been|have\s+been)\s+not\s+"
    r"(?:met|fulfill?ed|reached|satisfied)\b)|"
    r"insufficient\s+(?:for|to\s+diagnose)|not\s+(?:diagnostic|indicative)\s+of|lack(?:s|ing)?\s+(?:the\s+)?features\s+of|"
    r"rules?\s+out\s+for|ruled\s+out|negative\s+(?:result|findings?)\s+for|no\s+longer\s+identified|"
    r"mimick?(?:ing|s)?|simulat(?:ing|es)|masquerading\s+as|pseudo-?|imitating|rather\s+than|instead\s+of|"
    r"(?:does|do|did)\s+not\s+support|no\s+features\s+of|"
    # ("there is nothing to suggest a phyllodes tumour": the same as "no features of")
    r"nothing\s+(?:to\s+suggest|suggestive\s+of)|"
    # ("imaging felt discordant with carcinoma": what the imaging does not fit is no diagnosis)
    # ("a benign tumour, inconsistent with the cancer diagnosis applied for": what the finding does not fit)
    r"discordant\s+with|inconsistent\s+with|exceeds?\s+(?:the\s+)?(?:criteria|threshold)\s+for|"
    # a comparison's yardstick is no diagnosis: "stromal cellularity greater than usually seen in a fibroadenoma",
    # "more cellular than a typical fibroadenoma" (not "more than one focus of carcinoma": no yardstick named)
    r"than\s+(?:(?:is|are)\s+)?(?:(?:usually|typically|normally|ordinarily|generally|commonly)\s+)?"
    r"(?:seen|found|encountered|expected)\s+in|than\s+(?:that\s+of\s+|in\s+)?(?:an?\s+)?(?:usual|typical|ordinary|conventional)|"
    # how a form or scheme files an entity it names is no diagnosis: "the checklist lists ALH among the malignant
    # lesions", "this template groups LCIS with malignant tumours" (the entity named between: not "cells grouped in
    # nests with carcinoma"; not "classified as", which names the diagnosis)
    r"(?:group(?:s|ed)?|list(?:s|ed)?|categori[sz](?:es|ed))\s+(?:[\w()-]+\s+){0,3}?#+(?:[\s()-]+#+)*(?:\s+[\w()-]+){0,3}?"
    r"\s+(?:with|among|under)(?=\s+(?:(?:the|other)\s+)*(?:(?:#+|" + CATEGORY_WORD + r")\s+" + CATEGORY_NOUN
    + r"|" + CATEGORY_WORD + r"|categor(?:y|ies)\b))|"
    # ("ADH, originally recorded as DCIS": the earlier record's word, replaced)
    r"(?:the\s+)?(?:previously|originally)\s+(?:reported|rendered|issued|printed|recorded)\s+(?:diagnosis\s+of\s+|as\s+)?)\b",
)
# A numbered issue's verdict on the entity itself: "not confirmed" ending its clause, at most after the method that
# looked for it again ("; radial scar", "on review.", "on immunohistochemistry;"); never "as <grade or type>", and
# never a verdict that goes on ("by the external reviewer; our diagnosis is unchanged", "on frozen section but is
# present on permanent sections", ", pending further levels": the carcinoma stands or is still open)
_VERDICT_METHOD = r"(?:review|(?:deeper[ \t]+)?levels|immunohistochemistry|ihc)"
_NUMBERED_ISSUE_VERDICT = (r"(?:(?:is|are|was|were|has\s+been)\s+not|(?:has|have|had)\s+not\s+been)\s+"
                           r"(?:confirmed|supported|substantiated)"
                           r"(?:(?:[ \t]+on[ \t]+" + _VERDICT_METHOD + r")?(?=[ \t]*(?:[;.]|\n|$))"
                           # (the method may open the next line, where the verdict must end on that line with its
                           # own full stop or semicolon: "is not confirmed on\nimmunohistochemistry;"; not "... on\n
                           # levels\nas lobular type", a verdict that goes on across the next line break)
                           r"|[ \t]+on[ \t]*\n[ \t]*" + _VERDICT_METHOD + r"(?=[ \t]*[;.]))")
# (the bare verdict an entity's bracketed features may stand before: _POST_NEG)
_BRACKET_VERDICT = (r"(?:identified|seen|present|detected|found|observed|noted|evident|demonstrated)"
                    r"(?:[ \t]+in[ \t]+(?:these|this|the|any)[ \t]+(?:[\w-]+[ \t]+)?"
                    r"(?:cores?|sections?|specimens?|biops(?:y|ies)|material|tissue|samples?))?[ \t]*(?:[.;]|\n|$)")
_POST_NEG = re.compile(
    # (a table cell's bar is glue too: "| Microinvasion | Not identified |")
    # (and a translation's bracket: "Karcinomë [carcinoma]: nuk u vërejt [not observed]")
    r"^(?:[\s,:\-/()#|│\]]|\b(?:and|or|nor|is|are|was|were|also|definite|definitive|residual|component|"
    r"growth|cells|process|neoplasm|tumou?r|"  # ("Malignant growth not detected")
    # a translation's adjective after its noun: "LCIS asociat - nu s-a identificat", "DCIS associé : absent"
    r"associated|asociat[ăae]?|asociad[oa]s?|associ[ée]e?s?|associat[oaie])\b"
    # what raised the finding, before its verdict: "the carcinoma suspected at frozen section is not confirmed",
    # "the malignancy queried by the referring surgeon is not supported"
    # (or the diagnosis a referring site gave: "the low-grade DCIS reported locally is not confirmed on the slides")
    r"|\b(?:suspected|queried|raised|reported|diagnosed)\s+(?:(?:locally|elsewhere|previously|originally|initially)\s+)?"
    r"(?:(?:at|on|in|by|during)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+\s+)?"
    r"(?=(?:is|are|was|were|has\s+been)\s+not\s+(?:confirmed|supported|substantiated)|(?:has|have|had)\s+not\s+been\s+"
    r"(?:confirmed|supported|substantiated))"
    # (also a numbered issue of the report, when the verdict is the entity's own: "the carcinoma reported in version 1
    # is not confirmed; ...", "... in revision 2 has not been confirmed on levels"; not "is not confirmed as grade 3",
    # which withdraws the grade only, nor "reported in core 2", a specimen: _NUMBERED_ISSUE_VERDICT)
    r"|\breported\s+in\s+(?:the\s+)?(?:report\s+)?(?:version|issue|revision|amendment|v)[ \t]?\d{1,2}(?:\.\d{1,2})?\s+"
    r"(?=" + _NUMBERED_ISSUE_VERDICT + r")"
    r"|\b(?:in|within)\s+(?:the\s+)?(?:breast|mammary\s+gland|specimen|sections?|material)\b"
    # (the entity's defining features in brackets before its verdict, naming no other entity: "Features of a phyllodes
    # tumour (leaf-like fronds with stromal hypercellularity, stromal mitoses, permeative border) are not present";
    # one line break at most inside the brackets; review p133: only a bracket of features, not the tumour's own grade,
    # type or size, "Invasive lobular carcinoma (classical type, grade 2) is not present at any inked margin", and only
    # a bare verdict that ends its clause, "in these cores" at most: never a margin or a place, "is not present within
    # 2 mm of any margin", where the tumour stands; the brackets close at their first ")", one way only, so the verdict
    # is looked for after them)
    r"|\((?![^()]{0,330}?(?:\bgrade\b|\btype\b|\d[ \t]*mm\b))"
    r"[^()#\n]{0,160}(?:\n[^()#\n]{0,160})?\)(?=[ \t]*(?:is|are)[ \t]+not[ \t]+" + _BRACKET_VERDICT + r")"
    r"|\b(?:[a-z]+[ -])?(?:type|grade|variant|pattern)\b)*?"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:therefore\s+|hereby\s+|now\s+)?"
    # ("lobular neoplasia not separately identified": no such lesion apart from the one named; "carcinoma has not
    # been identified": the perfect puts its "not" before "been")
    # ("healed scar not grossly or microscopically identified", "not histologically seen": the sections, which
    # decide, do not show it; "not grossly identified" alone leaves the microscopy open and negates nothing)
    r"(?:(?:(?:has|have|had)\s+)?not\s+(?:been\s+)?(?:separately\s+|otherwise\s+|"
    r"(?:(?:grossly|macroscopically)\s+(?:or|nor|and)\s+)?(?:microscopically|histologically)\s+)?"
    r"(?:identified|seen|present|detected|found|appreciated|observed|noted|confirmed|supported|substantiated|"
    r"demonstrated|evident|"
    # (a translation's "Malignant growth not revealed." only where the negation ends the entity's clause: "DCIS, not
    # revealed on prior mammography, 12 mm" is a present lesion that the imaging missed)
    r"revealed(?=[ \t]*(?:[.;\]\n]|$))|"
    # a reviewer's verdict on a diagnosis it does not make: "low-grade DCIS is not diagnosed: the criteria are not met",
    # only where it ends the entity's clause ("carcinoma, not diagnosed on the core, 12 mm" is a present lesion)
    r"diagnosed(?=[ \t]*(?:[.;:\n]|$)))"
    # ... unless the sentence goes on to find it elsewhere ("papilloma, not seen on the original core, now present in
    # levels", "carcinoma, not microscopically identified in block A3, is present in blocks A1 and A2"): the "not" is
    # about one place, the finding stands; only where the present-clause names this specimen's blocks, levels or
    # sections ("was present in the pre-treatment core", "is present in the contralateral specimen (see part B)": an
    # earlier specimen's or another part's finding, the "not" stands for this one)
    r"(?![^.;\n]{0,80}?,[ \t]*(?:(?:is|are|was|were)[ \t]+(?:now[ \t]+)?|now[ \t]+)(?:present|seen|identified|evident)"
    r"\b[^.;,\n]{0,30}?\b(?:in|on|within)[ \t]+(?:the[ \t]+)?"
    r"(?:(?!(?:previous|prior|pre-?treatment|original|earlier|contralateral)\b)[\w-]+[ \t]+){0,2}?"
    r"(?:blocks?|levels?|sections?|slides?|recuts?)\b)"
    r"|not\s+favou?red|absent|negative\b(?!\s+for)|none(?:\s+identified|\s+seen)?|ruled\s+out|excluded|"
    r"withdrawn|retracted|rescinded|superseded|revoked"
    # a change written as an arrow names what was replaced on its left ("malignant -> benign", "DCIS → ADH")
    r"|-+>|→"
    # a form's yes/no field answered "no" ends its field: "Malignant - no.", "Invasive carcinoma: no"
    # (not "invasive carcinoma - no special type")
    # (not a number's abbreviation, "Invasive carcinoma no. 1: 14 mm", "DCIS No. 2": _NUMBERED, in assertion)
    r"|no(?=[ \t]*(?:[.;|]|$))"
    # a bilingual report's own post-position negations: "Carcinoma in situ: nie stwierdzono",
    # "Invasio vasorum: non inventa", "DCIS nezjištěn", "... nu s-a identificat"
    r"|nie\s+stwierdz(?:ono|a\s+si[ęe])|non\s+invent(?:a|um|ae|i)|(?:nebyl[aoy]?\s+)?zji[sš]t[eě]n[aoy]?|"
    r"n['’]est\s+pas\s+(?:retrouv|confirm|identifi)[ée]e?s?|"
    r"nezji[sš]t[eě]n[aoy]?|nenalezen[aoy]?|nu\s+s-?a\s+(?:identificat|eviden[țţt]iat)|"
    # Hungarian "carcinoma nem igazolható" (not demonstrated), "... nem igazolódott" (not confirmed), "nem látható"
    r"nem\s+(?:igazolhat[óo]|igazol[óo]dott|igazolt|l[áa]that[óo]|tal[áa]lhat[óo]|[ée]szlelhet[őo])|"
    # Lithuanian "karcinoma nepasitvirtino" (not confirmed), "... nerasta" (not found)
    r"nepasitvirtin(?:o|a)|nerast(?:a|as|i)|"
    # German "Karzinom (ist) nicht nachweisbar" (not demonstrable), "... nicht nachgewiesen", "nicht feststellbar"
    r"(?:(?:ist|sind|wird|wurde|wurden)\s+)?nicht\s+(?:mehr\s+)?(?:nachweisbar|nachgewiesen|feststellbar|festgestellt)|"
    # Albanian "karcinomë: nuk u vërejt" (not observed), "nuk u gjet" (not found), "nuk konfirmohet" (is not
    # confirmed), "kriteret për DCIS nuk plotësohen" (the criteria for DCIS are not met)
    r"nuk\s+(?:u\s+)?(?:v[ëe]r(?:ejt|ehet)|gj(?:et|endet)|identifikua|identifikohet|konstatua|konfirmua|konfirmohet|"
    r"plot[ëe]soh(?:en|et))|"
    # Azerbaijani "bədxassəli proses aşkar edilmədi" (not detected), "... aşkar olunmayıb", "müəyyən edilmədi"
    # (not established), "rast gəlinmədi" (not encountered)
    r"(?:a[şs]kar|m[üu][əe]yy[əe]n)\s+(?:edilm[əe](?:di|y[ie]b|mi[şs]dir)|olunma(?:d[ıi]|y[ıi]b|m[ıi][şs]d[ıi]r))|"
    r"rast\s+g[əe]linm[əe](?:di|y[ie]b|mi[şs]dir))(?=\W|$)",
)
# _POST_NEG after its leading glue: the glue characters that nothing else of it starts with (not "(" nor "-") are
# taken one at a time by its lazy glue loop, where its verdict is tried in vain at each, so a match from a run of them
# is the match from the run's end (_post_neg_end: "# # # #", a masked line of mentions, is one run to the unit's end,
# and a match per mention from its end walked each run again, quadratic in a long unit)
assert _POST_NEG.pattern.startswith("^(?:")
_POST_NEG_AFTER_GLUE = re.compile(_POST_NEG.pattern.removeprefix("^"), _POST_NEG.flags)
GLUE_RUN_DIRECT_CHARS = 64  # (a shorter run is matched through, as ever)
_POST_NEG_GLUE_RUN = re.compile(r"[\s,:/#|│\]]+")
_POST_NEG_LONG_GLUE = re.compile(rf"[\s,:/#|│\]]{{{GLUE_RUN_DIRECT_CHARS}}}")
_WORD_CHAR = re.compile(r"\w")
# a number after a _POST_NEG "no" that is its abbreviation ("Tumour no. 1"), past the unit's end at the dot: no answer
_NUMBERED = re.compile(r"[ \t]*\.[ \t]*\d")
# The noun "belief" as someone's other than the pathologist's ("her belief", "the claimant's belief"); not "it is our /
# my (firm, own, strong) belief" nor "the pathologist's belief", the report's own opinion (look-behinds, the cue
# starting with its literal word)
_OTHERS_BELIEF = (r"(?<!\bour\s)(?<!\bmy\s)(?<!\bour\sfirm\s)(?<!\bmy\sfirm\s)(?<!\bour\sown\s)(?<!\bmy\sown\s)"
                  r"(?<!\bour\sstrong\s)(?<!\bmy\sstrong\s)(?<!pathologist's\s)(?<!pathologist’s\s)belief")
# ... and of the lay believer only, in the branch on what the lesion is: "she / he believes", "they believe", "the
# patient / client believes", "her mother / husband / daughter ... believes", "a / her / the patient's belief"; a
# named doctor or title ("Professor A. Grant (breast pathology) believes the lesion is ..."), the pathologist, the
# reviewer, the consultant, "we" and "I" give the diagnosis (look-behinds, the cue starting with its literal word)
_LAY_BELIEVER = ("she", "he", "patient", "client", "mother", "father", "husband", "wife", "partner", "daughter", "son",
                 "sister", "brother", "family", "relative", "relatives", "friend", "carer")
_LAY_BELIEVES = ("(?:" + "|".join(rf"(?<=\b{word}\s)" for word in _LAY_BELIEVER) + r")believes|(?<=\bthey\s)believe")
_LAY_BELIEF = ("(?:" + "|".join(rf"(?<={word}\s)" for word in (
    r"\ba", r"\bher", r"\bhis", r"\btheir", *(rf"\b{w}'s" for w in _LAY_BELIEVER[2:]),
    *(rf"\b{w}’s" for w in _LAY_BELIEVER[2:]))) + r")belief")
# What a lay speaker says a lump is or may be ("it was", "this might be", "the lump could be"): her worry's words and
# the hearsay she tells, in _PRE_UNC
_LUMP_IS = r"(?:it|this|the\s+lump)\s+(?:was|is|(?:may|might|could|would)\s+be)"
_PRE_UNC = re.compile(
    r"\b(?:(?:highly\s+|very\s+|somewhat\s+)?suspicious(?:\s+(?:for|of))?|suspect(?:ed)?(?:\s+(?:for|of))?|"
    r"concerning\s+for|worrisome\s+for|worrying\s+for|suspicion\s+(?:of|for|de)|look(?:ing)?\s+for|"
    r"(?:to\s+)?(?:evaluate|assess)\s+for|"
    # what a person believes, fears or wants to prevent is no diagnosis: "she is convinced she has cancer",
    # "fears that he might have a tumour", "a plan to prevent breast cancer", and what she expects to get: "is convinced
    # she will develop breast cancer"
    # (told in the past: _PRE_BELIEF)
    # (the noun says it too, as someone's belief other than the pathologist's: "the claimant's belief that she has
    # breast cancer", "her belief", "the surgeon's belief"; not "it is our / my firm belief that she has" nor "the
    # pathologist's belief", the report's own opinion: look-behinds, the cue starting with its literal word)
    # (also a belief she holds on to: "she remains convinced she has breast cancer despite reassurance")
    r"(?:believes?|" + _OTHERS_BELIEF + r"|thinks?|fears?|(?:is|remains)\s+(?:still\s+)?(?:worried|afraid|convinced|sure))"
    r"\s+(?:that\s+)?(?:she|he|they|i)\s+"
    r"(?:has|have|had|(?:may|might|could)\s+have|(?:will|would|may|might|could)\s+(?:get|develop))"
    r"(?:\s+(?:got|developed))?|"
    r"to\s+prevent|prevention\s+of|"  # (not "artefact preventing grading of the carcinoma")
    # a clinic's triage category is the question it was referred with, no diagnosis: 'the breast clinic triaged her
    # as "query malignancy"'; and a leaflet's topic names what it explains: "education materials on atypical
    # hyperplasia", "an information leaflet about DCIS"
    r"triaged\s+(?:(?:her|him|them|it|the\s+(?:patient|referral|case))\s+)?as|"
    r"(?:(?:education(?:al)?|information|patient)\s+)?(?:materials?|leaflets?|booklets?|handouts?|fact\s+sheets?)"
    r"\s+(?:on|about|regarding|explaining)|"
    # what a clinician was worried about, and what a lesion might turn into, is no diagnosis: "we were concerned about
    # a phyllodes tumour", "asks whether this could ever become cancer" (not "worrisome features": no "about")
    r"(?:worried|concerned|anxious)\s+about|"
    # ... or what she was afraid a lump was: "patient had been worried it was cancer", "afraid that this might be cancer"
    # (... or one side's lesion was: _PRE_BELIEF)
    # ("she feared it was cancer": the verb itself)
    # (also with the contraction, "I'm scared it's cancer", and a thought she cannot stop: "can't stop thinking it's
    # cancer"; not "I think this is DCIS", a pathologist's reading, nor "I'm afraid it's invasive carcinoma", the
    # speaker's regret breaking the news: no "afraid" before the contraction)
    # (also her words quoted after "that": 'Officer worried that "it was a kanisā [cancer] ..."')
    r"(?:worried|concerned|anxious|afraid|scared|frightened|feared|stop\s+thinking)\s+(?:that\s+)?[\"“]?" + _LUMP_IS + "|"
    # ... and what people say a lump is, hearsay told by the patient or her family: "[people say it is cancer]" (only
    # "people": "the surgeon says it is a fibroadenoma" is a doctor's reading)
    r"people\s+(?:say|said|think|thought)\s+(?:that\s+)?" + _LUMP_IS + "|"
    # (a relative's hearsay, a lay subject's certainty, a word explained, what a test checked for, what an image looked
    # like, a clinical impression: _PRE_UNC_LAY, whose reach ends at a comma or an "and"; review p135)
    # a clinical history's "query" right before the entity is the question asked, "birads four b, query DCIS" (only
    # with the entity straight after it: "in answer to the query, DCIS is present" answers it)
    r"query(?:\s+(?:of|for))?(?=\s+#)|"
    r"(?:worried|concerned|anxious|scared|frightened|feared|stop\s+thinking)\s+(?:that\s+)?(?:it|this|the\s+lump)['’]s|"
    # ... or what a lay person believes the lesion is: "a belief that the lesion is already malignant", "she believes
    # the lump is cancer" (not "our belief", "we believe the lesion is ...", "Professor A. Grant believes the lesion
    # is ...", "the reviewing pathologist believes this is ...": _LAY_BELIEVES, _LAY_BELIEF)
    r"(?:" + _LAY_BELIEVES + "|" + _LAY_BELIEF + r")\s+(?:that\s+)?(?:it|this|the\s+(?:lump|lesion|mass))"
    r"\s+(?:was|is|(?:may|might|could|would)\s+be)\b|"
    r"(?:may|might|could|will|would)\s+(?:still\s+|ever\s+|later\s+|one\s+day\s+)?(?:(?:turn|progress|develop|change)\s+into|become)|"
    r"can\s?not\s+(?:entirely\s+|completely\s+|definitively\s+|totally\s+)?(?:exclude|rule\s+out)|"
    r"(?:to\s+)?rule\s+out|r/o|possible|possibly|probable|questionable|question\s+of|"
    r"(?:may|might|could)\s+(?:represent|be)|bordering\s+on|borders?\s+on|borderline|approaching|"
    r"(?:close\s+to|near|approach(?:es|ing)?)\s+(?:the\s+)?(?:quantitative\s+|diagnostic\s+)?threshold\s+(?:for|of)|"
    r"(?:to\s+)?exclude|to\s+distinguish|possibility\s+of|raises?\s+the\s+possibility|"
    # the chance that excision finds more is no diagnosis: "upgrade risk to DCIS", "risk of upgrade to carcinoma"
    r"(?:risk|rate|likelihood|chance|probability)\s+of\s+(?:an?\s+)?upgrad(?:e|ing)\s+to|upgrade\s+(?:risk|rate)\s+(?:to|of|for)|"
    r"differential\s+(?:diagnosis\s+)?(?:includes?|of|between)|versus|vs\.?|indeterminate\s+for|equivocal\s+for|"
    r"diagn[óo]stico\s+diferencial|diagnosi\s+differenziale|"
    r"compatible\s+with\s+but\s+not\s+diagnostic\s+of|not\s+excluded|distinction\s+between|"
    r"distinguish(?:ing)?\s+between|cannot\s+(?:reliably\s+)?distinguish\s+between|(?:indeterminate|uncertain)\s+between|"
    # bilingual reports' own hedges: Romanian "nu se poate exclude", Polish "nie można wykluczyć" and
    # "w celu wykluczenia" (in order to exclude),
    # Czech "nelze vyloučit", Spanish / Portuguese "no se puede descartar / excluir", "não se pode excluir",
    # Spanish / Portuguese / Italian "sospecha de", "suspeito de",
    # "sospetto di", German "Verdacht auf"
    r"nu\s+se\s+poate\s+exclude|nie\s+mo[żz]na\s+wykluczy[ćc]|w\s+celu\s+wykluczenia|nelze\s+vylou[čc]it|(?:no|n[ãa]o)\s+se\s+(?:puede|pode)\s+(?:descartar|excluir)|"
    r"(?:nemo[žz]no|nie\s+je\s+mo[žz]n[ée])\s+vyl[úu][čc]i[ťt]|"
    # Vietnamese "không (thể) loại trừ (được) DCIS" (DCIS cannot be excluded)
    r"kh[ôo]ng\s+(?:th[ểe]\s+)?lo[ạa]i\s+tr[ừu](?:\s+đ[ưu][ợo]c)?|"
    # (also the suspicion named by its source: "sospecha clínica de", "suspeita radiológica de")
    r"(?:sospech(?:a|os[oa])|suspeit[oa])(?:\s+(?:cl[ií]nica|radiol[óo]gica|ecogr[áa]fica|mamogr[áa]fica))?\s+de|"
    r"sospett[oa]\s+(?:di|per)|verdacht\s+auf|"
    # Dutch "verdacht voor" (suspicious for), "verdenking op" (suspicion of), "niet uit te sluiten" (not to be
    # excluded); Swedish "misstanke om" (suspicion of), "misstänkt (för)" (suspected (of)), "kan ej / inte utesluta"
    # (cannot exclude)
    r"verdacht\s+voor|verdenking\s+(?:op|van)|niet\s+uit\s+te\s+sluiten|misstanke\s+om|misst[äa]nkt(?:\s+f[öo]r)?|"
    r"kan\s+(?:ej|inte)\s+utesluta)(?=\W|$)",
)
_POST_UNC = re.compile(
    # an entity the patient was counselled about, named as the counselling's topic ("BIA-ALCL counselling given" on a
    # consent form); after a comma or a full stop the counselling is a clause of its own ("DCIS, counselling given"),
    # and a patient "counselled" about her diagnosis has it ("high grade DCIS counselled by CNS today")
    r"^(?:[ \t]+counsel(?:l?ing)[ \t]+(?:given|provided|offered|discussed|done)\b|"
    r"(?:[\s,:\-/()#]|\b(?:and|or|nor|is|are|was|were|also|definitely|entirely|completely|a|an)\b"
    # where the finding may lie: "DCIS outside the examined fragments cannot be excluded"
    r"|\b(?:outside|beyond|in|within)\s+(?:the\s+)?(?:examined\s+|sampled\s+|submitted\s+)?"
    r"(?:fragments?|cores?|samples?|specimens?|material|tissue|sections?)\b"
    # ... or the lesion it would be in: "low-grade DCIS involving the papilloma cannot be excluded", also the part of
    # it left behind: "DCIS in the remaining calcified area cannot be ruled out"
    r"|\b(?:involving|arising\s+in|within|in)\s+(?:the\s+|this\s+|that\s+)?(?:(?:residual|remaining|unsampled)\s+)?"
    r"(?:\w+\s+)?(?:#+|(?:lesion|focus|duct|ducts|lobules?|area|papilloma|fibroadenoma|cyst|mass)\b)"
    # a Slovak / Czech grade written after its entity: "DCIS nízkeho stupňa nemožno vylúčiť"
    r"|\b(?:n[íi]zk[ée]ho|stredn[ée]ho|st[řr]edn[íi]ho|vysok[ée]ho)\s+stup(?:[ňn]a|n[ěe])\b"
    # ... or the breast it is in: "inflammatory carcinoma of the right breast?" (a request form's query; single blanks,
    # no quantifier inside the repeated group)
    # (review p135: only with the mark straight after the breast: "of the right breast (? multifocal)" asks of another thing)
    r"|\bof\sthe\s(?:right|left)\sbreast\b(?=\s?\?))*?"
    r"(?:(?:can\s?not|could\s+not|can't)\s+be\s+(?:entirely\s+|completely\s+|definitively\s+|totally\s+)?"
    # (or left for a later specimen to settle: "upgrade to DCIS cannot be assessed until excision")
    r"(?:excluded|ruled\s+out|assessed|evaluated|determined)|(?:is|are)\s+(?:not\s+excluded|suspected|possible|questioned)|not\s+excluded|"
    # (the perfect: "at this stage cancer has not been excluded", "... has not yet been ruled out", "... has not been
    # completely excluded")
    r"(?:has|have)\s+not\s+(?:yet\s+)?been\s+(?:entirely\s+|completely\s+|definitively\s+|totally\s+)?"
    r"(?:excluded|ruled\s+out)(?!\s+(?:from|as)\b)|"
    # ("breast cancer risk reduction": the risk of a cancer is no cancer)
    r"risk[- \t]+(?:reduc\w*|assessment|management|factors?|counsel\w*)|"
    # an entity judged improbable is not diagnosed: "a phyllodes tumour is considered unlikely"
    r"(?:(?:considered|thought|felt|deemed|judged)\s+)?(?:very\s+|highly\s+)?unlikely|"
    r"versus|vs\.?|\?|ne\s+peut\s+(?:pas\s+)?(?:[eê]tre\s+)?(?:[ée]limin[ée]e?s?|exclue?s?)|"
    r"nelze\s+vylou[čc]it|nie\s+mo[żz]na\s+wykluczy[ćc]|nu\s+(?:se\s+)?poate\s+fi\s+exclus[ăa]?|"
    # Slovak "DCIS nemožno vylúčiť" / "... nie je možné vylúčiť" (cannot be excluded)
    r"(?:nemo[žz]no|nie\s+je\s+mo[žz]n[ée])\s+vyl[úu][čc]i[ťt]|"
    # Latvian "DCIS nevar izslēgt" (DCIS cannot be excluded)
    r"nevar\s+izsl[ēe]gt|"
    # Dutch "DCIS kan niet (worden) uitgesloten", "... is niet uitgesloten", "... niet uit te sluiten"; Swedish
    # "invasiv bröstcancer kan ej / inte uteslutas", "... går ej att utesluta" (cannot be excluded)
    r"(?:kan|is)\s+niet\s+(?:worden\s+)?uitgesloten|niet\s+uit\s+te\s+sluiten|"
    r"kan\s+(?:ej|inte)\s+uteslutas|g[åa]r\s+(?:ej|inte)\s+att\s+utesluta|"
    # Hungarian puts the suspicion after its entity: "carcinoma gyanúja" (suspicion of carcinoma)
    r"gyan[úu]j[aá]|"
    # a "cancer scare" is a fear, no diagnosis ("My mam had a breast cancer scare years ago")
    r"scares?)(?=\W|$))",
)
# An entity named as the diagnosis that cannot be made is not diagnosed: "A definite diagnosis of carcinoma cannot be
# made on this material" (the words right before the mention name it the diagnosis's object, the words right after it
# say the diagnosis is not made); "a diagnosis other than carcinoma cannot be made" and "the diagnosis of carcinoma
# was made" keep it
_DIAGNOSIS_OF_BEFORE = re.compile(r"\bdiagnos[ie]s[ \t\n]+of[ \t\n]+(?:an?[ \t\n]+)?\Z", re.IGNORECASE)
_NOT_MADE_AFTER = re.compile(r"[ \t\n]+(?:can\s?not|could\s+not|can['’]t)[ \t\n]+be[ \t\n]+"
                             r"(?:made|rendered|established|confirmed)\b", re.IGNORECASE)
# ... unless the same sentence goes on to say it was made later: "could not be made on the core, but was confirmed on
# excision", "could not be established until the excision, which showed ...", "Although ... could not be made on the
# core, the excision confirms it" (a clause break, then a past or present statement that it was shown; "cannot be made
# until excision" or "but may be made on excision" say nothing was shown and stay uncertain)
# (also after "and" or a semicolon, with an adverb before the participle and the verbs that say it was shown: "could
# not be made on the core and was only established on the excision", "...; it is confirmed on the cytokeratin stain",
# "but the core biopsy of the same lesion is diagnostic of it")
# (two linear searches, each bounded by its sentence end: the first "until" with a shown-verb after it, and the first
# clause break with a statement after it; a later "until" or break sees only part of the first one's text, so the
# first answers for all of them)
_MADE_STOP = re.compile(r"[.;\n]")
_MADE_BREAK_STOP = re.compile(r"[.\n]")
_MADE_UNTIL = re.compile(r"\buntil\b", re.IGNORECASE)
_MADE_UNTIL_SHOWN = re.compile(r"\b(?:showed|shows|confirmed|confirms|revealed)\b", re.IGNORECASE)
_MADE_BREAK = re.compile(r"[,;]|\b(?:but|yet|and)\b", re.IGNORECASE)
_MADE_STATED = re.compile(r"\b(?:(?:was|were|is|has\s+been)[ \t]+(?:(?:only|subsequently|later|then|eventually)[ \t]+)?"
                          r"(?:confirmed|made|established|shown|demonstrated|proven|proved|rendered)"
                          r"|(?:is|was|are|were)[ \t]+diagnostic[ \t]+of)\b", re.IGNORECASE)
# A bare "shows" / "confirms" after a break says the diagnosis was made only with the diagnosis as its object ("the
# excision confirms it", "which showed this", "confirms the diagnosis"): "cannot be made on this limited material,
# which shows atypical ductal hyperplasia only" shows something else, and the diagnosis stays unmade (the text here is
# masked, its mentions unreadable, so another entity named after the verb cannot be told from the same one)
_MADE_SHOWN_IT = re.compile(r"\b(?:confirms|showed|shows|demonstrates)[ \t]+(?:it|this|the[ \t]+diagnosis)\b",
                            re.IGNORECASE)


def _made_later(after: str, pos: int) -> bool:
    """Whether the sentence of ``after`` from ``pos`` goes on to say the diagnosis was made after all: "until" and a
    shown-verb, or a clause break and a statement that it was made or shown (_MADE_STATED, _MADE_SHOWN_IT)."""
    stop_m = _MADE_STOP.search(after, pos)
    stop = stop_m.start() if stop_m is not None else len(after)
    until = _MADE_UNTIL.search(after, pos, stop)
    if until is not None and _MADE_UNTIL_SHOWN.search(after, until.end(), stop) is not None:
        return True
    brk = _MADE_BREAK.search(after, pos, stop + 1 if stop_m is not None and after[stop] == ";" else stop)
    if brk is None:
        return False
    end_m = _MADE_BREAK_STOP.search(after, brk.end())
    end = end_m.start() if end_m is not None else len(after)
    return (_MADE_STATED.search(after, brk.end(), end) is not None
            or _MADE_SHOWN_IT.search(after, brk.end(), end) is not None)


# ... or the next sentence opens by saying it was: "... could not be made on the core. It was established on excision."
_MADE_NEXT_SENTENCE = re.compile(r"[.;]?[ \t\n]*(?:it|this|the[ \t]+diagnosis)[ \t]+(?:was|is|has[ \t]+been)[ \t]+"
                                 r"(?:(?:only|subsequently|later|then|eventually)[ \t]+)?(?:confirmed|made|established"
                                 r"|shown|demonstrated|proven|proved|rendered)\b", re.IGNORECASE)
# An entity a procedure is advised so that it "can be excluded" is left open, not found ("excision is advised so that a
# phyllodes tumour can be excluded"); said of a found one, it is excluded: either way no diagnosis. Only of the entity
# right before it, as its subject (spaces, at most where it may lie: "DCIS in the remaining lesion can be excluded
# only by excision"): no other mention, dash, colon, slash or bracket between, so "fibroadenoma - phyllodes tumour can
# be excluded" keeps the fibroadenoma; "excluded from (further surgery)", "excluded at (all margins)" and "ruled out as
# (the cause)" are other senses
_CAN_BE_EXCLUDED = re.compile(
    r"\s+(?:(?:in|within|outside|beyond)\s+(?:the\s+|this\s+)?(?:[a-z]+\s+)?"
    r"(?:lesion|focus|area|fragments?|cores?|samples?|specimens?|material|tissue|sections?)\s+)?"
    r"(?:can|could|may)\s+be\s+(?:excluded|ruled\s+out)\b(?!\s+(?:from|as|at)\b)", re.IGNORECASE)
# ... and only of the head of its clause: not when a preposition stands between the clause's start (line start, colon,
# semicolon, full stop, "that", "whether") and the entity, the subject being another ("a diagnosis other than invasive
# ductal carcinoma can be excluded", "stromal invasion adjacent to / next to / beneath / around the DCIS", "invasion
# associated with the DCIS", "malignant transformation of the fibroadenoma"); an "upgrade / progression to" the entity
# is the entity itself ("Upgrade to DCIS can be excluded only at excision")
_EXCLUDED_CLAUSE_START = re.compile(r"[\n:;]|\.(?!\d)|\b(?:that|whether)\b")
_EXCLUDED_OBJECT_BEFORE = re.compile(
    r"\b(?:of|(?<!upgrade\s)(?<!progression\s)to|with|in|into|within|beneath|under(?:neath)?|near|surrounding|around|"
    r"beyond|from|by|than)\b")
# "Cannot be excluded" after two findings joined by a comma alone ("atypical ductal hyperplasia, DCIS cannot be
# excluded"): the first is the diagnosis, the second what is left open; a list joined by "and" / "or" ("ADH or DCIS
# cannot be excluded") leaves both open
_NOT_EXCLUDED_OF_NEXT_ITEM = re.compile(r"^[ \t]*,[ \t]*#+(?:(?!\b(?:and|or|nor)\b)[^#])*?\b(?:excluded|ruled\s+out)\b")
# (both sides of a border zone are lesion names, each at most one word after "between" or "and", no article nor
# number word before it: "border zone between ADH and low-grade DCIS", "grænsezonen mellem atypisk duktal hyperplasi
# og lavgradigt DCIS"; the first side's mention and "and" in one clause)
_ZONE_SIDES = (r"[ \t\n]+(?:(?!(?:the|a|an|two|de|den|det|to|of)\b)[\w-]+[ \t\n]+)?#+[^.;#]{0,60}?\b(?:and|og|och)"
               r"[ \t\n]+(?:(?!(?:the|a|an|de|den|det)\b)[\w-]+[ \t\n]+){0,2}#")
# ("udelukket" / "utelukket" / "excluded" after a negation is no rejection: "idet DCIS ikke er udelukket", "DCIS er ikke
# udelukket", "ikke utelukket", "not excluded", "cannot be excluded"; review pfinal15: _PRE_DIFF, _PRE_REJECTED)
_NOT_EXCLUDED_BEFORE = (r"(?<!\bikke\s)(?<!\bikke\ser\s)(?<!\bikkje\s)(?<!\bnot\s)(?<!\bnot\sbe\s)"
                        r"(?<!\bcannot\sbe\s)(?<!n't\sbe\s)")
# A differential left open: "DCIS vs ADH", "borderline between ADH and DCIS", "at the threshold between".
_PRE_DIFF = re.compile(
    # (Swedish "i gränszonen mellan": in the border zone between; Danish "i grænsezonen mellem", Norwegian "i
    # grensesonen mellom", and their English gloss "in the borderline zone between"; review p133: only between two
    # lesion names, never a place, "i grænsezonen mellem de øvre kvadranter", "border zone between the tumour and the
    # fat": _ZONE_SIDES)
    r"\b(?:versus|vs\.?|gr[äa]nszonen\s+mellan|"
    # what the laboratory cannot yet say, between the options it names: "cannot yet say if it is a simple lump or a
    # phyllodes tumour" (review p135: only "it / this is ... or ...": "we cannot tell whether the invasive carcinoma
    # reaches the margin" doubts the margin, not the carcinoma)
    r"can(?:not|['’]t)\s+(?:yet\s+)?(?:say|tell)\s+(?:if|whether)(?=\s+(?:it|this)\s+(?:is|was)\b[^.;:]{0,80}?\bor\b)|"
    r"(?:gr(?:æ|ae)nsezonen\s+mellem|grensesonen\s+mellom|(?:borderline|border)\s+zone\s+between)(?=" + _ZONE_SIDES + r")|"
    # (Danish / Norwegian "differentialdiagnostisk X eller Y": differential diagnosis X or Y; Norwegian also
    # "differensialdiagnostisk"; review p133: only with "eller" (or) before a second entity in its sentence, and never
    # a differential considered and rejected, "Differentialdiagnostisk har phyllodes tumor været overvejet, men ...":
    # _PRE_REJECTED; review pfinal15: "ikke er udelukket" (not excluded) leaves it open, _NOT_EXCLUDED_BEFORE)
    r"differen[st]ialdiagnostisk(?=[^.;#]{0,200}#[^.;]{0,200}?\b(?:eller|or)[ \t\n]+(?:[\w-]+[ \t\n]+){0,2}#)"
    r"(?![^.;]{0,300}?\b(?:overvejet|overveid|considered|" + _NOT_EXCLUDED_BEFORE + r"(?:udelukket|utelukket|excluded))\b)|"
    r"diagnostic\s+diff[ée]rentiel(?:\s+se\s+pose)?\s+entre|"
    r"(?:borderline|border|(?:at\s+)?the\s+threshold|distinction|indeterminate|uncertain|lies?|lying)\s+between|"
    # ("Differential diagnosis between ADH and low-grade DCIS": a translated report's words for it)
    r"distinguish(?:ing)?\s+(?:between|from)|differential\s+(?:diagnosis\s+)?(?:includes?|of|is|:|between)|"
    # (a translated "le diagnostic différentiel se pose entre X et Y": "the differential diagnosis arises / is posed
    # between X and Y")
    r"differential\s+(?:diagnosis\s+)?(?:arises|is\s+posed|is\s+raised)\s+between|"
    # (South Slavic, the list right after the words: "diferencialno diagnostično ADH ali DCIS")
    r"diferencij?aln[aeio]\s+dij?agno\w*|"
    # (Icelandic "mismunagreining [differential diagnosis] felur í sér ...": the differential includes ...)
    r"mismunagreining\w*(?:\s*\[[a-z ]{1,40}\])?(?:\s+felur\s+í\s+sér)?|"
    # Spanish / Portuguese / Italian: "el diagnóstico diferencial incluye / se plantea entre", "diagnosi differenziale tra"
    r"diagn[óo]stico\s+diferencial\s+(?:(?:se\s+)?(?:incluye|inclui|plantea|establece)(?:\s+entre)?|entre|es)|"
    r"diagnosi\s+differenziale\s+(?:tra|fra|include|comprende)|"
    # Dutch: "de differentiaaldiagnose stelt zich tussen X en Y", "differentiaaldiagnose omvat"
    r"differenti[ëe]?aal\s*-?\s*diagnose\s+(?:(?:stelt\s+zich\s+)?tussen|omvat|is))\b"
    # (Bulgarian / Russian / Serbian / Macedonian: "на границата между / меѓу ADH и DCIS", on the border between;
    # Bosnian / Croatian / Serbian in Latin script: "na granici između ADH i DCIS")
    r"|\bна\s+границ(?:ата|а|е|и)\s+(?:между|између|меѓу)\b|\bna\s+granici\s+izme(?:đ|dj)u\b"
    # (German "an der Grenze zwischen ADH und DCIS": at the border between)
    r"|\b(?:an\s+der\s+)?grenze\s+zwischen\b"
    # a list after a colon: "differential diagnosis: ADH or low-grade DCIS" (the cue ends at the colon)
    r"|\bdifferential\s+diagnosis\s*:",
)
# a differential runs over its list ("includes papilloma with ADH and papillary DCIS") to the clause end
_DIFF_TERMINATOR = re.compile(r";|\.(?=\s)|:\s|\b(?:but|however|although|whereas|final\s+diagnosis|gross)\b")
# (Hungarian names the border after both options: "ADH és alacsony grádusú DCIS határán", at the border of ADH and DCIS;
# Estonian likewise: "ADH ja madala astme DCIS piiril")
_POST_DIFF = re.compile(r"^[^;.:]{0,60}?\b(?:versus|vs)\b"
                        r"|^(?:[^;.:]{0,60}?\b(?:[ée]s|ja)\b[^;.:]{0,60}?|\s*)\b(?:hat[áa]r[áa]n|piiril)\b")
# Words every match of a post-cue pattern contains (the patterns run on lower-cased text): a report
# without them skips that pattern for each of its mentions.
_POST_UNC_WORDS = ("unlikely", "excluded", "ruled", "assessed", "evaluated", "determined", "suspected", "possible",
                   "questioned", "versus", "vs", "?", "peut", "vylou",
                   "wykluczy", "exclus", "gyan", "risk", "izsl", "vylú", "vylu", "counsel", "uitgesloten", "sluiten",
                   "uteslut", "scare")
_POST_DIFF_WORDS = ("versus", "vs", "határán", "piiril")
_LIKE_WORDS = ("like",)
# A relative, by a family-history word or an everyday one ("Mum", "Gran", "Nana", "auntie")
_KIN = (r"(?:mother|sister|daughter|aunt|(?:great-?)?grandmother|cousin|niece|father|brother|relatives?|"
        r"mum|mom|mummy|mommy|gran|granny|grandma|nan|nana|nanna|aunty|auntie|dad|grandfather|grandpa|uncle|"
        r"mutter|schwester|tochter|tante|gro(?:ß|ss)mutter|cousine)(?:['’]s)?")  # (German: "Mutter mit Mammakarzinom")
# ... the relatives whose word is no other word, to name one with no verb or mark after it: not "gran" (Spanish
# "gran tumor", large), "nan" (an empty spreadsheet cell) or "daughter" ("mother tumour and daughter carcinoma
# nodules", a tumour's satellites)
_KIN_UNAMBIGUOUS_WORD = (r"(?:mother|sister|aunt|(?:great-?)?grandmother|cousin|niece|father|brother|relatives?|"
                         r"mum|mom|granny|grandma|nana|nanna|aunty|auntie|dad|grandfather|grandpa|uncle)")
_KIN_UNAMBIGUOUS = _KIN_UNAMBIGUOUS_WORD + r"(?:['’]s)?"
# A relative's cancer in a list ("Mum - breast cancer at 50", "Gran: ovarian cancer") or named straight before it
# with no verb ("Genetics referral (mother breast cancer at 41)"): family history as far as its entry goes, to the
# aside's closing bracket or the dash that opens the next entry ("strong FH (mother breast cancer 41) - invasive
# lobular carcinoma": the patient's own after it)
# ... or owned by the patient's relative, in the possessive of a possessive ("her mother's early breast cancer", "his
# sister's triple-negative breast cancer", "her mother's very early onset breast cancer"): only a disease's own
# qualifiers between (_DISEASE_QUALIFIER), never a noun the relative owns instead ("since her mother's death
# invasive ductal carcinoma ...", "at her mother's request"), and only after "her"/"his"/"their"/"patient's" (the
# ward title "Sister's review invasive ductal carcinoma" owns no cancer; the masked text is lower-cased)
_DISEASE_QUALIFIER = (r"(?:very|early|late|young|onset|early-onset|late-onset|young-onset|metastatic|bilateral|left|"
                      r"right|left-sided|right-sided|triple-negative|her2-positive|er-positive|hormone-positive|"
                      r"recurrent|advanced|inflammatory|premenopausal|postmenopausal|hereditary|familial|contralateral|"
                      r"primary|fatal|terminal)")
_PRE_KIN = re.compile(rf"\b{_KIN}(?:[ \t]+[-–]|[ \t]*:)|\b{_KIN_UNAMBIGUOUS}(?=[ \t]+#)"
                      rf"|\b(?:her|his|their|(?:the[ \t]+)?patient['’]s)[ \t]+(?:(?:late|maternal|paternal)[ \t]+)?"
                      rf"{_KIN_UNAMBIGUOUS_WORD}['’]s(?=(?:[ \t]+{_DISEASE_QUALIFIER}){{0,3}}[ \t]+#)")
# An earlier specimen's side and organ before its noun: "L breast" in "Previous L breast excision 2012:", "right" in "her
# 2019 right core" (_PRE_HIST, _PRE_HIST_YEAR)
_EARLIER_SPECIMEN_SIDE = r"(?:(?:left|right|l|r|lt|rt)\s+)?(?:breast\s+)?"
_PRE_HIST = re.compile(
    # a history label inside a line: "(Hx: L breast ca 2021)", "Prior specimen: ... IDC" (the colon is the cue's)
    # (a clinic note's inline "PMH:" is _PRE_PMH, its scope its own entry)
    # (also with its side and its year: "Previous L breast excision 2012: fibroadenoma")
    r"\b(?:hx|(?:prior|previous)\s+" + _EARLIER_SPECIMEN_SIDE +
    r"(?:specimen|biopsy|core|excision|surgery|pathology)(?:\s+(?:in\s+)?(?:19|20)\d\d)?)[ \t]*:|"
    # (a bare "Prior:" label: _PRE_PRIOR_LABEL)
    # an earlier test's result named by where it was done: "FNAC elsewhere: fibroadenoma", "Biopsy outside: ..."
    r"\b(?:fnac|fna|cytology|(?:core\s+)?biopsy|core|histology)\s+(?:done\s+|performed\s+)?(?:elsewhere|outside)[ \t]*:|"
    r"\b(?:(?:personal\s+|past\s+|remote\s+|prior\s+|family\s+)?history\s+of|hx\s+of|h/o|hx|"
    # a run-on dictation's unheaded request line: "clinical concern Paget disease versus papilloma gross ..."
    r"clinical\s+(?:concern|question|query|suspicion)(?:\s+(?:of|for|is|was))?|"
    # ... and its history heading with the colon said aloud where the rest is typed: "Clinical history colon, left
    # breast cancer in 2018 treated with lumpectomy" (not the organ: "clinical history colon cancer")
    r"clinical\s+history\s+colon(?!\s+(?:#|(?:cancer|carcinoma|adenocarcinoma|polyps?|resection)\b))|"
    # the earlier operation an entity names as its reason, today's specimen taken after it: "re-excision of the cavity
    # after a DCIS excision with close margins" (only the entity straight before the operation's word)
    r"after\s+(?:an?|the|her|his)(?=\s+#+\s+(?:excision|re-?excision|lumpectomy|mastectomy|resection|surgery|wle)\b)|"
    # ("prior biopsy / lumpectomy site changes": the "prior" of a scar term's own procedure list)
    r"status\s+post|s/p|previously\s+(?:diagnosed|treated|excised|resected)|(?:previous|prior)(?![ \t]+[a-z]+[ \t]*/[ \t]*#)|"
    r"previously|"
    # (Danish / Norwegian "tidligere", Swedish "tidigare" (previous) right before the entity, its side and breast word at
    # most between: "Klinisk information: Tidligere højre mamma karcinom af ingen speciel type, opereret 2018")
    # (review pfinal15: also over the carcinoma's own adjectives, "Tidligere højre mamma invasivt karcinom af ingen
    # speciel type, lumpektomi 2019", two at most)
    r"(?:tidligere|tidigare)(?=[ \t]+(?:(?:h[øo]jre|h[øo]yre|venstre|h[öo]ger|v[äa]nster)[ \t]+)?"
    r"(?:(?:mamma|bryst|br[öo]st)[ \t]+)?(?:(?:invasivt?|infiltrerende|duktalt|lobul[æa]rt)[ \t]+){0,2}#)|"
    # a relative's cancer is family history, never the patient's ("her sister had breast cancer at 40"), by the
    # everyday kin words too ("Gran had ...", "aunt with breast cancer")
    rf"{_KIN}\s+(?:was\s+|were\s+|had\s+been\s+)?(?:diagnosed\s+with|had|has|died\s+(?:of|from)|with|mit|hatte)|"
    # (also the redaction that stands for a relative's name, when the relative had the disease, named straight after
    # the verb: "[REDACTED: relative's name] had breast cancer at 52", "... was diagnosed with DCIS"; not the one told
    # or asking about the patient's own: "[REDACTED: relative's name] has been informed that ... carcinoma")
    rf"{_KIN}[ \t]+name\][ \t]+(?:had|has|was[ \t]+diagnosed[ \t]+with|died[ \t]+(?:of|from))"
    rf"(?=[ \t]+(?:(?:an?|{_DISEASE_QUALIFIER})[ \t]+){{0,3}}#)|"
    r"known|recently\s+diagnosed|remote|treated\s+for|post-treatment\s+for|"
    # (also with the year of that operation between: "left mastectomy 2019 for invasive lobular carcinoma")
    r"(?:excision|re-?excision|lumpectomy|mastectomy|surgery|resection)\s+(?:performed\s+)?(?:(?:in\s+)?(?:19|20)\d\d\s+)?for)\b",
)
_POST_HIST = re.compile(
    # (the entity's receptors or stage in brackets between: "breast cancer (ER-positive, cT2) diagnosed 04/2026")
    # (only before "diagnosed ...": "carcinoma (grade 2) in the core biopsy" of a core's own report stays asserted)
    r"^(?:[\s,:\-/()#]|\b(?:and|or)\b)*?(?:(?:\([^()\n]{1,60}\)[\s,]*)*\(?\s*(?:diagnosed|treated|excised|resected)\s+"
    r"(?:(?:in|on)\s+(?:\d{4}|the\s+prior|prior|previous|an?\s+(?:prior|previous|outside))|(?:(?:in|on)\s+)?"
    r"(?:\d{1,2}[/.]){1,2}\d{2,4}\b)"
    # (a date on today's specimen is today's diagnosis: "IDC, diagnosed 03/11/2024 on this biopsy", "... in 2026 on
    # the present core"; "diagnosed 03/11/2024 on core biopsy elsewhere" stays history)
    r"(?![/.]?\d|[ \t]*[,(]?[ \t]*(?:on|in|from)\s+(?:this|the\s+(?:present|current)|present|current)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:specimens?|biops(?:y|ies)|cores?|excision|resection|material|samples?|tissue)\b)|"
    r"\(?\s*(?:on|in|from)\s+(?:the\s+)?(?:prior|previous|outside)\s+(?:biopsy|core|specimen|excision|report)|"
    r"\(?\s*(?:on|in)\s+(?:the\s+)?(?:core|needle\s+core|core\s+biopsy|prior\s+core)\b|"
    r"\(?\s*s/p\b|\(?\s*status\s+post\b|"
    # an earlier diagnosis restated for the reader, its grade or size before the words that say so and close the
    # sentence ("IDC grade 3 - for reference only.", "DCIS (for reference)"); "for reference, ..." opens a clause
    r"[^.;\n]{0,40}?[-–(][ \t]*for\s+reference(?:\s+only)?[ \t]*\)?[ \t]*(?:\.|$)|"
    # the disease named as the history its recurrence in the nodes comes from ("Breast cancer history with recent
    # recurrence in the left axilla"): the nodes' recurrence is no breast's; "Breast cancer history: left IDC 2026"
    # (a heading) and a recurrence in the breast ("... with recurrence in the left breast") stay asserted
    r"(?<=[ \t])history[ \t]+with[ \t]+(?:(?:a|recent|new|late|regional|nodal|isolated)[ \t]+){0,2}(?:recurrence|relapse)[ \t]+"
    r"in[ \t]+(?:the[ \t]+)?(?:(?:left|right|ipsilateral|contralateral)[ \t]+)?(?:axilla\b|"
    # (the node named a mention of its own, masked: "axillary lymph nodes")
    r"(?:axillary|supraclavicular|cervical)[ \t]+(?:nodes?\b|#)))",
    re.MULTILINE,
)
# (a residual tumour is today's finding whatever treatment it followed: "residual invasive carcinoma status post
# neoadjuvant chemotherapy"; "carcinoma status post lumpectomy" without it is the history of one)
_RESIDUAL_BEFORE = re.compile(r"\b(?:residual|persistent)\s+(?:[\w-]+\s+){0,2}$")
RESIDUAL_BEFORE_CHARS = 120  # how far before the mention that word and its two words are looked for (not the clause)
# A malignancy's first diagnosis dated in a bracket right after it, the bracket going on to its treatment: "Metastatic
# right breast cancer (original diagnosis 2019, right mastectomy, adjuvant chemotherapy)" (not "(original diagnosis
# confirmed)" with no year, nor "(original diagnosis 2025 on core biopsy)", today's tumour dated by its core); never
# today's recurrent, residual or persistent tumour (_RECURRENT_BEFORE), a benign entity, or an entity under a breast
# specimen's own heading (_BREAST_SPECIMEN_HEADING): review p133
_POST_ORIGINAL_DIAGNOSIS = re.compile(
    r"^(?:[\s,:\-/#]|\b(?:and|or)\b)*?\(\s*original\s+diagnosis\s+(?:in\s+)?(?:\d{1,2}[/.]){0,2}(?:19|20)\d\d\b"
    r"(?=[^()\n]{0,100}?\b(?:mastectomy|lumpectomy|wle|wide\s+local\s+excision|chemotherapy|radiotherapy|radiation|"
    r"endocrine\s+therapy|letrozole|tamoxifen|anastrozole|exemestane|trastuzumab|treated)\b)")
_RECURRENT_BEFORE = re.compile(r"\b(?:recurrent|recurrence\s+of|relapsed|residual|persistent)\s+(?:[\w-]+\s+){0,2}$")
# (a line opening with a breast specimen's heading, "Left breast, core:", "Right breast, mastectomy:", "Breast, left,
# excision:", read back from a mention; _BREAST_HEADING_REACH characters at most)
_BREAST_SPECIMEN_HEADING = re.compile(
    r"(?<![^\n])[ \t]*(?:\(?(?:\d{1,2}|[a-z])[.)][ \t]*)?(?:(?:left|right|lt|rt|l|r)\.?[ \t]+breast|breast,?[ \t]+(?:left|right))"
    r"\b[^\n:]{0,80}:")
BREAST_HEADING_REACH = 300
_POST_HIST_WORDS = ("diagnosed", "treated", "excised", "resected", "prior", "previous", "outside", "core", "s/p",
                    "status", "reference", "history")
_TERMINATOR = re.compile(
    r";|\.(?=\s)|\b(?:but|however|although|though|except|whereas|while|with|present|identified|seen|noted|"
    r"positive|showing|shows|demonstrat\w*|reveal\w*|which|consistent\s+with|compatible\s+with|diagnostic\s+of|"
    r"favou?r\w*|represent\w*|now|currently|current|today|confirm\w*|containing|contains|involving|"
    # (a comma before a finding described as still there or healing opens a finding of its own: "no residual
    # DCIS, healing biopsy site changes"), not before a list that "or" ends (_HEALING_LIST_ITEM)
    r"arising|(?<!\ban\s)(?<!\bany\s)(?<!\bno\s)associated|adjacent|in\s+addition|also|(?:in\s+)?(?:a\s+)?background|in\s+association|within)\b|,\s*(?:and\s+|but\s+)?(?:residual|focal|healing)\b|:\s"
    # (an unpunctuated dictation's spoken heading at a line start ends the sentence: "... no discrete lesion
    # / micro part a the nodule is a fibroadenoma"); "final diagnosis" ends it wherever it is spoken ("... no leaf
    # like architecture final diagnosis left breast core biopsy fibroadenoma")
    r"|\n[ \t]*(?:gross|micro(?:scopic)?|part\s+[a-h])\b|\bfinal\s+diagnosis\b"
    # a translation's gloss opens a restatement in English with its own cues: "papilom bez atipije [papilloma
    # without atypia]", "filodni tumor, granični [phyllodes tumour, borderline]" (the original's cue is the gloss's);
    # only a bracket still open before the finding: a bracketed aside closed before it stays in the scope ("no
    # [residual] DCIS", "no [inaudible] carcinoma")
    r"|\[(?![^\]\n]*\])",
)
# A referral's concern (_PRE_UNC_NAMED) whose entity its own clause confirms or proves right after it (its side's
# place at most between: "referred with concern for DCIS, confirmed on the right breast core biopsy", "... for
# malignancy and shows invasive ductal carcinoma on core", "... for cancer in her left breast, which has been
# confirmed"): asserted, no question;
# "..., which has been excluded", "..., not confirmed", "..., to be confirmed" stay the question's
_CONCERN_CONFIRMED = (
    r"(?:[ \t]+(?:in|of|on)[ \t]+(?:the|her|his)[ \t]+(?:(?:left|right)[ \t]+)?(?:breast|nipple|axilla))?"
    r"(?:[ \t]*,[ \t]*(?:(?:which|and)[ \t]+(?:was|is|has[ \t]+been)[ \t]+)?(?:confirmed|proven|proved)\b"
    r"|[ \t]+(?:(?:which|and)[ \t]+)?(?:was|is|has[ \t]+been)[ \t]+(?:confirmed|proven)\b"
    r"|[ \t]+(?:confirmed|proven)[ \t]+(?:on|by|at|with|in)\b"
    r"|[ \t]+and[ \t]+(?:shows|showed)\b)")
# Italian "non si può escludere un carcinoma" (a carcinoma cannot be excluded), "non è possibile escludere": a hedge of
# the one entity it names right after it, its article (or "la presenza di") at most between ("non si può escludere che
# il carcinoma sia multifocale" takes the carcinoma as given and hedges its extent). Its reach ends at that entity
# (_NAMED_ENTITY_END): "... un DCIS associato al carcinoma duttale infiltrante" and "... un carcinoma, ma il quadro è di
# fibroadenoma" state the carcinoma and the fibroadenoma.
# A French report's own "pour éliminer / pour exclure" (to rule out) is the same hedge of the one entity it names right
# after it, its article and one word at most between ("exérèse conseillée pour éliminer une tumeur phyllode"): the
# clause after it is the finding ("... pour éliminer un carcinome infiltrant, montrant un carcinome canalaire in situ"),
# and "pour éliminer une erreur de latéralité" names no entity
_PRE_UNC_NAMED = re.compile(
    r"(?:non\s+(?:si\s+pu[òo]|[èe]\s+possibile)\s+escludere(?=\s+(?:la\s+presenza\s+di\s+)?"
    r"(?:(?:un[oa]?|il|lo|la|i|gli|le)\s+|un['’]|l['’])?#)|"
    r"pour\s+(?:[ée]liminer|exclure)(?=\s+(?:(?:une?|le|la|les|des|du)\s+|l['’]|d['’])?(?:[^\W\d_]+\s+)?#)|"
    # Portuguese "para (a) pesquisa de" (in order to look for: "mamografia e RM para pesquisa de carcinoma subjacente"),
    # the purpose of a test, like "look for", of the one entity it names (its article, one word and "células / focos
    # (...) de" at most between): "cortes adicionais para pesquisa de carcinoma, que revelaram carcinoma ductal in situ"
    # states the DCIS; only with "para" (looked behind at: the cue starts on "pesquisa", a rare word, not on every
    # "par..." word): a field "Pesquisa de células malignas: positiva" is a result
    r"(?:(?<=\bpara\s)|(?<=\bpara\sa\s))pesquisa\s+de(?=\s+(?:(?:um|uma|o|a|os|as)\s+)?(?:[^\W\d_]+\s+)?"
    r"(?:(?:c[ée]lulas|focos?)\s+(?:[^\W\d_]+\s+)?de\s+)?#)|"
    # the noun of a referral's question is no diagnosis: "she was initially referred with concern for cancer, which
    # has been excluded"; of the one entity it names right after it (its article and two words at most between: "seen
    # with concern for a left breast cancer"), not of a finding told further on in its sentence ("presented with
    # concern for malignancy, has invasive lobular carcinoma ...", "... concern for cancer and biopsy proved invasive
    # ductal carcinoma", "... concern for Paget disease and Paget disease of the nipple is confirmed"); also "referred
    # by her GP with", "seen in clinic with"; not when its own clause goes on to confirm it (_CONCERN_CONFIRMED)
    r"(?:referred|presented|seen)(?:\s+by\s+(?:her|his|the)\s+(?:gp|doctor|physician)|\s+in\s+(?:the\s+)?clinic)?"
    r"\s+with\s+(?:(?:a|some|clinical)\s+)?concern\s+for"
    r"(?=\s+(?:(?:an?|the)\s+)?(?:[^\W\d_]+\s+){0,2}#+(?!#)(?!" + _CONCERN_CONFIRMED + r")))")
_NAMED_ENTITY_END = re.compile(r"#(?!#)")  # (the last character of the first mention after the cue)
# What a pending specimen would mean if it showed the entity is no diagnosis: "if it showed DCIS, further surgery
# would ...", "if the excision shows carcinoma" (the conditional's subject is the specimen, its verb "show"). It covers
# its own clause only: a comma ends it unless the list of entities goes on ("if it shows DCIS, LCIS or carcinoma"),
# so a clause that answers it keeps its finding ("levels were cut to see if it showed invasion, and they show
# invasive carcinoma").
_PRE_CONDITIONAL = re.compile(
    r"\bif\s+(?:it|this|that|the\s+(?:excision|biopsy|core|specimen|histology|result))\s+"
    r"(?:(?:were|was)\s+to\s+show|shows?|showed|showing|reveals?|revealed|confirms?|confirmed)(?=\W|$)")
# ... and "and" that opens a new clause, its subject the specimen's pronoun or its levels and its verb "show" (or
# "reveal", "confirm", "demonstrate", "contain", "do show"), ends it too, without a comma: "to see if it showed
# invasion and they do show invasive carcinoma", "... and it shows carcinoma", "... and the levels show ...". A list
# of entities ("if it shows DCIS and LCIS", "... and invasive carcinoma") stays the conditional's, and so does a second
# condition of its own ("if the core shows DCIS and MRI extent exceeds 40 mm", "... and we find DCIS")
_CONDITIONAL_NEW_CLAUSE = (
    r"|\band\s+(?:it|they|these|those|this|(?:the\s+)?(?:deeper\s+|further\s+|serial\s+)?(?:levels|sections|slides))\s+"
    r"(?:(?:do|does|did|have|has)\s+)?(?:shows?|showed|shown|reveals?|revealed|confirms?|confirmed|demonstrates?|"
    r"demonstrated|contains?|contained)(?=\W|$)")
_CONDITIONAL_TERMINATOR = re.compile(_TERMINATOR.pattern + r"|,(?![ \t]*#)" + _CONDITIONAL_NEW_CLAUSE)
_HIST_TERMINATOR = re.compile(
    r";|\.(?=\s)|:\s|\b(?:but|however|although|whereas|now|currently|current|present(?:s|ing)?\s+with|new|"
    # (an unpunctuated dictation's spoken headings end its history: "... versus papilloma gross ...")
    r"today|this\s+(?:specimen|excision|core|biopsy)|residual|final\s+diagnosis|gross)\b"
)
# An earlier specimen of the patient named by its year: "her 2019 right core (FA)", "his 2018 excision showed ..." (a
# possessive and a year both: "the right core" alone, or "WHO 2019 criteria", is no earlier specimen). Not a specimen
# of the report's own year (_REPORT_YEAR, in ContextScanner); a comma before a new clause ends it ("Compared with her
# 2019 core, the left breast excision shows DCIS"), and so does a present "shows" (today's specimen: "core of her 2019
# lumpectomy scar shows recurrent IDC"; the earlier one "showed").
_PRE_HIST_YEAR = re.compile(
    r"\b(?:her|his)\s+((?:19|20)\d\d)\s+" + _EARLIER_SPECIMEN_SIDE +
    r"(?:core|biopsy|bx|excision|lumpectomy|mastectomy|fnac?|specimen|surgery|histology)\b"
)
_PRESENT_FINDING_VERB = r"\b(?:shows|showing|reveals|revealing|demonstrates|demonstrating|contains|containing|with)\b"
# A dictated part's own operation is today's specimen, its spoken diagnosis no history, when the part's line names it
# and then speaks its diagnosis (accept-only, the whole clause's shape): "Part A, left breast excision for nipple
# discharge, diagnosis intraductal papilloma, 6 mm" -- the line opens with the part's letter and the breast's side, the
# reason is one phrase, and ", diagnosis <finding>" follows at once and ends with a comma, a full stop or the line.
# The reason itself stays history (the earlier result that led to the operation: "lumpectomy for carcinoma, diagnosis
# fibroadenoma" is today's fibroadenoma only). Anything else before the operation ("History:", "Clinical: previous", a
# year), between the diagnosis word and its finding ("then", "confirmed as", "per", "by Dr", "on that occasion") or
# after it ("(outside)", "(2016)") keeps the operation's history over the diagnosis too.
_PART_OPERATION_PREFIX = re.compile(r"(?:(?<=\n)|^)[ \t]*part[ \t]+[a-h][ \t]*,[ \t]*(?:left|right)[ \t]+breast\b"
                                    r"[^\n,;.:#]*\Z")
_PART_OPERATION_DIAGNOSIS = re.compile(r"[^\n,;.:\d]*,[ \t]+(?P<dx>diagnosis)[ \t]+#+[ \t]*(?:[,.]|$)", re.MULTILINE)
_PART_LINE_REACH = 80
_OPERATION_WORDS = ("excision", "re-excision", "reexcision", "lumpectomy", "mastectomy", "surgery", "resection")
_HIST_YEAR_TERMINATOR = re.compile(_HIST_TERMINATOR.pattern + r"|,[ \t]+(?:the|this|today)\b|\bshows\b")
# The year of every date written in the report (its receipt, its sign-out), in any format: "12/03/2026", "14/03/26",
# "2026-03-14", "02/2026", "14 March 2026", "March 14, 2026", "5 Jan 2026" (group 1: four digits, group 2: two)
_REPORT_YEAR = re.compile(
    r"\b(?:\d{1,2}[/.-](?:\d{1,2}[/.-])?|\d{1,2}[ \t]+" + MONTH_WORD + r"[ \t]+|" + MONTH_WORD + r"[ \t]+\d{1,2},?[ \t]+)"
    r"((?:19|20)\d\d)\b|\b((?:19|20)\d\d)-\d\d-\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.](\d\d)\b(?![/.]?\d)")
# (the masked text is lower-cased, hence no IGNORECASE.) A date of birth is no date of the report: "DOB: 04/05/1958",
# "Date of birth (age): 04/05/1958 (67)" (a birth label right before the date on its line, nothing but its own words,
# punctuation and one colon between: "DOB: 04/05/1958  Received: 12/03/2026" still dates the receipt)
_BIRTH_DATE_LABEL = re.compile(
    r"\b(?:dob|d\.o\.b|date[ \t]+of[ \t]+birth|birth[ \t]*date|born(?:[ \t]+on)?)\b[^\n\d:]{0,15}:?[^\n\d:]{0,15}\Z")
_BIRTH_LABEL_REACH = 60
# ... and what follows her year's specimen when it is the earlier one (accept-only on its shape): a bracket that holds a
# named entity, its result ("her 2018 right excision (radial scar)", not "(14G)", "(US-guided)", "(block A2)"), "is on
# file", or a past-tense verb ("showed", "which showed", "was", "revealed"); not "was received/delayed" (today's
# specimen, received late). Anything else ("(vacuum) demonstrates", "contains", "with") is today's specimen.
_EARLIER_SPECIMEN_TAIL = re.compile(
    r"(?:[ \t]+(?:biopsy|bx|specimen|excision))?(?:[ \t]*\([^)\n]*#|"
    r"[ \t]+(?:is|was|are|were)[ \t]+on[ \t]+file\b|(?:,?[ \t]+(?:which|that))?"
    r"[ \t]+(?:showed|was|were|revealed|demonstrated|contained|had)\b(?![ \t]+(?:received|delayed|sent)\b))")
# The scar or site of her earlier surgery, named by its year, is where today's specimen was taken, no finding of its own:
# "core of her 2019 lumpectomy scar shows recurrent IDC" (the scar's mention right after her year's specimen, then a
# present verb or "with"); its scope ends at that verb.
_PRE_HIST_SITE = re.compile(_PRE_HIST_YEAR.pattern + r"(?=[ \t]+#+[ \t]+" + _PRESENT_FINDING_VERB + r")")
_HIST_SITE_TERMINATOR = re.compile(_HIST_YEAR_TERMINATOR.pattern + r"|" + _PRESENT_FINDING_VERB)
# A bare "Prior:" label where a line, a sentence or a table cell starts names an earlier result ("Hx: R lump. Prior: L
# - ADH 2019.") only when its scope (to a sentence end, a semicolon, a "|" or "here") holds a named entity and the year
# or accession number of the earlier case (or today's result follows it: "Prior: DCIS. Today: ..."), and neither a
# present verb ("Prior: discussed at MDT 2026, left core shows IDC": today's) nor an empty answer ("Prior: none | ...",
# "Prior: nothing relevant - left WLE (S26-1102) shows DCIS"). (A spaced dash is no scope end: "Prior: L - ADH 2019".)
# After a word it is a comparison's field, today's finding its answer ("Comparison with prior: DCIS again present").
_PRIOR_SCOPE_CHAR = r"(?:(?!\.\s|;|\||\bhere\b)[^\n])"
_PRE_PRIOR_LABEL = re.compile(
    r"(?:(?<![^\n])|(?<=[\n.;|][ \t])|(?<=[\n.;|][ \t]{2}))(?:prior|previous)[ \t]*:"
    rf"(?={_PRIOR_SCOPE_CHAR}*?(?:\b(?:19|20)\d\d\b|\b[a-z]{{0,3}}\d\d-\d{{3,6}}\b|"
    r"[.;][ \t]+(?:today|now|currently|this[ \t]+(?:excision|specimen|core|biopsy))\b))"
    rf"(?={_PRIOR_SCOPE_CHAR}*?#)"
    rf"(?!{_PRIOR_SCOPE_CHAR}*?\b(?:shows?|showing|contains?|containing|reveals?|revealing|demonstrates?|"
    r"demonstrating|none|nil|nothing|not[ \t]+(?:available|applicable)|n/?a|no)\b)")
# (its history ends where the year's scope does, and at "here": "Prior: 26-1102, same lesion, excised here with DCIS")
_PRIOR_LABEL_TERMINATOR = re.compile(_HIST_TERMINATOR.pattern + r"|\||\bhere\b")
# (a relative's entry ends where history does, and at its aside's bracket or the dash before the next entry: _PRE_KIN)
_KIN_TERMINATOR = re.compile(_HIST_TERMINATOR.pattern + r"|\)|[ \t][-–][ \t]")
# A quoted clinic note that opens with "PMH:" (past medical history: 'Item 1 (extract): "PMH: right breast cyst
# aspirated 2017. Presenting complaint: ..."') is history to that entry's full stop, accept-only by the entry's shape:
# the quotation's first word, and every comma item of the entry a past condition with its year or a past-tense
# treatment verb ("right breast cyst aspirated 2017", "left WLE 2015"). An unquoted "PMH:" inside a line is no cue
# (read as before: "PMH: HTN, T2DM, invasive ductal carcinoma left breast on today's core." is today's finding), nor
# an entry with an item of neither ('"PMH: COPD, left breast lump 3 weeks, core ..."').
_PMH_ITEM = (r"(?>[^,.;\n\"”]{0,80}?(?:\b(?:19|20)\d\d\b|\b(?:aspirated|excised|removed|resected|drained|treated|"
             r"operated|biopsied)\b)[^,.;\n\"”]{0,80})")
_PRE_PMH = re.compile(rf"(?<=[\"“])pmh[ \t]*:[ \t]*(?={_PMH_ITEM}(?:,[ \t]*{_PMH_ITEM}){{0,5}}\.)")
_PMH_TERMINATOR = re.compile(r"\.")

# A belief told in the past, or a worry about what one side's lesion was, is no diagnosis: "she was convinced she had
# cancer", "he feared he had a tumour", "was worried the right was a phyllodes". Only with the disease as the belief's
# object: "had" before a past participle tells what was done ("was sure she had sampled the mass"), and a side's worry
# names its entity straight after "was (a)" (not "concerned the left was larger"). Its scope ends where a new clause
# opens with "and the" ("... and the left breast core has DCIS": the core's own finding).
_PRE_BELIEF = re.compile(
    r"\b(?:(?:believed|feared|(?:was|were|had\s+been)\s+(?:worried|afraid|convinced|sure|certain))\s+(?:that\s+)?"
    r"(?:she|he|they|i)\s+had"
    r"(?:\s+developed)?(?!\s+(?:[a-z]+ed|got|gotten|done|found|taken|seen|hit|cut|shown|known)\b)|"
    # ("had feared the left lump was cancer": the verb itself)
    # ... or the disease she feared, named right after the verb with her as its subject: "She had feared cancer because
    # of a cousin's illness", "he feared breast cancer" (not "the feared carcinoma was confirmed": no subject)
    # (review pfinal15: also "the patient" as its subject, "The patient had feared a carcinoma given the rapid growth")
    r"(?:she|he|they|i|the\s+patient)\s+(?:had\s+)?feared(?=\s+(?:an?\s+)?#)|"
    r"(?:worried|concerned|anxious|afraid|scared|frightened|feared)\s+(?:that\s+)?"
    r"the\s+(?:right|left)(?:\s+(?:one|side|breast|lump|lesion|mass))?\s+"
    r"(?:was|is|(?:may|might|could|would)\s+be)(?=\s+(?:an?\s+)?#)|"
    # ... or what she believes or believed the doctors found or would find, in her words or not: 'believes "they
    # found cancer and they don't want to tell me"', "At first I thought they would find cancer" (not the report's
    # own "we thought ...": the look-behind)
    r"(?<!\bwe\s)(?:believes?|believed|thinks?|thought|fears?|feared)\s+(?:that\s+)?[\"“]?(?:they|the\s+doctors?)\s+"
    r"(?:(?:had|have)\s+found|found|(?:would|will|might|were\s+going\s+to)\s+find)\b)"
)
# A belief hedges its entity only up to the end of the belief's sentence ("The GP was sure she had a fibroadenoma."):
# a clause after the entity in that sentence that confirms it ("..., as confirmed on the left core", "... and histology
# agrees", "...; right core confirms this"; not "which the core did not confirm") makes the entity the report's own.
_ENDS_SENTENCE = re.compile(r"[ \t]*[.!?]*[ \t]*(?:\n|\Z)|[ \t]*[.!?][ \t]")
# (a semicolon ends the belief's sentence when a clause with its own entity follows: "She was worried she had breast
# cancer; left breast core: fibroadenoma"; one without ("; right core confirms this") speaks of the belief's entity)
# The confirming clause is found by two sorted position lists per report, not by a scan from each mention to its
# sentence end (one long dictated "sentence" with many believed mentions would cost its length once per mention): it
# confirms the mention ending at ``end`` when the first confirming word at or after ``end`` comes no later than the
# first clause break (_BELIEF_BREAK) there.
_BELIEF_BREAK = re.compile(r"(?=\.\s|\n|;[^.;\n]*#|\band\s+the\b|\b(?:not|never|nobody|no)\b|n't\b)")
_BELIEF_CONFIRMING = re.compile(r"(?=\b(?:confirm\w*|agree\w*|corroborat\w*|prove[dn]?)\b)")
# (review pfinal15: and at ", and" opening a clause of its own, "She had feared cancer, and unfortunately the cores show
# invasive lobular carcinoma": today's finding; not a list's last item, "..., and a fibroadenoma", the entity right
# after it: the terminator is searched up to the mention, whose start is the search's end, \Z)
_BELIEF_TERMINATOR = re.compile(_TERMINATOR.pattern + r"|\band\s+the\b|,[ \t]*and\b(?![ \t]+(?:an?[ \t]+)?(?:#|\Z))")
# A fear named as a noun is no diagnosis either, with its disease as the fear's object: "fear of having cancer",
# "afraid of developing breast cancer". The fear covers its own object only, the noun phrase right after it: a comma,
# a dash, "and", "but" or a full stop ends it, so a finding told after it in the same sentence is the report's ("Her
# fear of having cancer was justified, right breast core invasive ductal carcinoma"; "scared of getting the result -
# left breast invasive ductal carcinoma")
# ... and so is a risk or a chance named so, of getting a disease: "linked to a slightly higher chance of developing
# breast cancer in the future", "the risk of getting breast cancer" (its object alone, as the fear's)
_PRE_FEAR = re.compile(r"\b(?:fears?|afraid|scared|frightened|risk|chance|likelihood|probability)\s+of\s+"
                       r"(?:having|getting|developing)(?=\W|$)"
                       # (the disease itself as the object of being afraid: "the patient is still afraid of cancer";
                       # not "risk of" / "chance of" an entity, a pathologist's estimate)
                       r"|\b(?:afraid|scared|frightened)\s+of(?=\s+(?:an?\s+)?#)")
_FEAR_TERMINATOR = re.compile(_TERMINATOR.pattern + r"|,|\s[-–—]+\s|\band\b")
# A lay account of what a lump is, hedged like _PRE_UNC but reaching only to a comma, a dash or an "and" (review p135:
# "her mother told her it was nothing, and the core biopsy reported invasive lobular carcinoma", "the scan looked like a
# fibroadenoma and the core biopsy reported a benign phyllodes tumour", "the clinical impression was correct - invasive
# ductal carcinoma" report the result after the clause)
_PRE_UNC_LAY = re.compile(
    # ... and what a relative or neighbour told her a lump is, in English or in a French original: "her aunt told her
    # it is cancer", "sa tante lui a dit que c'est le cancer" (not a doctor: "the surgeon told her it is a fibroadenoma")
    r"\b(?:aunt|tante|mother|m[eè]re|sister|s[oœ]eur|grandmother|grand-m[eè]re|relatives?|neighbou?rs?|voisine?s?|"
    r"elders|friends?|amie?s?)\s+(?:(?:told|tells)\s+her|said|says|lui\s+a\s+dit|(?:lui\s+)?disait)\s+(?:that\s+|que\s+)?"
    r"(?:" + _LUMP_IS + r"|c['’](?:est|[ée]tait))|"
    # ... and what she herself is sure a lump is: "she is sure it is cancer" (a lay subject only: "we are sure it is")
    r"(?:(?<=\bshe\s)|(?<=\bhe\s)|(?<=\bthey\s))(?:is|was|are|were|remains?)\s+(?:still\s+)?(?:sure|convinced|certain)"
    r"\s+(?:that\s+)?[\"“]?" + _LUMP_IS +
    # (review p135: not a pathologist's certainty, which grades or measures what it names: "Dr Owusu has examined the
    # levels; she is sure it is ductal carcinoma in situ, high grade, 12 mm")
    r"(?![^.;\n]{0,60}?#[^.;\n]{0,30}?\b(?:grade|\d+(?:\.\d+)?[ \t]?mm)\b)|"
    # a word explained is no diagnosis: a translator's note 'the usual phrase for cancer', '"nad-ngen" is the common
    # spoken word for cancer' (the entity straight after "for")
    r"(?:word|phrase|term|expression)\s+for(?=\s+(?:an?\s+)?#)|"
    # what a test was done to look for: "they checked them for cancer" (the entity straight after "for")
    r"check(?:ed|ing)?\s+(?:(?:it|them|this|her)\s+)?for(?=\s+(?:an?\s+)?#)|"
    # what an image looked like: "the mammogram looked a bit like cancer" (an image or the lump as its subject)
    r"(?:mammogram|ultrasound|scan|imaging|mri|x-ray|lump)\s+look(?:s|ed)\s+(?:a\s+(?:bit|little)\s+|rather\s+|somewhat\s+)?like|"
    # a surgeon's impression at operation is no histology: "Clinical impression at operation was a giant fibroadenoma"
    r"clinical\s+impression(?:\s+(?:at|during)\s+(?:the\s+)?(?:operation|surgery|theatre))?\s+(?:was|is)"
)
# French negations written with "pas" (review p135: their own kind, reaching to "mais" (but) at most: "pas d'hyperplasie
# atypique, mais un carcinome canalaire in situ" diagnoses the DCIS)
_PRE_NEG_FR = re.compile(
    # elided, "pas d'argument pour une tumeur phyllode" (no argument for a phyllodes tumour), and the entity denied by
    # "n'est pas un(e)" or a bare "pas un(e)" after a comma: "ce n'est pas un cancer", "lésion à risque, pas un cancer à
    # ce jour"; not "n'exclut pas un cancer", which leaves it open: the verb must be "est" or none; "n'est" written with
    # its apostrophe, the word a cue may start at
    r"\bpas\s+d['’](?=\w)|(?:n'est|n’est)\s+pas\s+une?(?=\s+#)|(?<=[,;:]\s)pas\s+une?(?=\s+#)")
_NEG_FR_TERMINATOR = re.compile(_TERMINATOR.pattern + r"|\bmais\b")
# ... and its object is the disease named right after the verb, five words at most before the mention ("fear of
# developing cancer in the right breast", "afraid of having a recurrence of her left breast cancer"): a finding
# further on is told by a clause of its own ("Her fear of getting cancer became reality when the right breast core
# gave invasive ductal carcinoma")
_FEAR_OBJECT_GAP = re.compile(r"(?:\s+\S+){0,5}\s+")
# What most lesions of the kind turn out to be, a likelihood told to the patient, is no diagnosis of hers: "I explained
# that most of these turn out to be fibroadenomas" (present tense only: "it turned out to be a fibroadenoma" tells a
# result). Only a likelihood: told (an explaining, telling or reassuring word before it in its sentence,
# _TOLD_BEFORE) or general by its own word ("usually", "often", "will": "Most of those will turn out to be benign
# papillomas"), not a report's own count of its specimen's nodules ("on microscopy most of them prove to be
# fibroadenomas"); its object alone, as the fear's (", and the core biopsy of her right breast lump was a
# fibroadenoma" is read), and not an object the sentence then says hers was too (", as hers did on core biopsy":
# _AS_HERS_WAS)
# The telling word is one said to the patient: explaining, reassuring, advising, counselling, telling or informing,
# not a colleague (a letter to "Dear Dr ...": "As I told you on the phone", "informed you"), nor an aside's
# "mentioned", "said", "discussed" ("As I mentioned when we spoke, most of them prove to be fibroadenomas" is a
# pathologist's result to the surgeon); and the sentence names no member of the set as a result after it, as its
# clause's subject ("...; the largest (22 mm) is a benign phyllodes tumour", "and one of them was"): the count of a
# specimen's own nodules (_SET_MEMBER_RESULT; "but excision of the largest is advised" names none)
_PRE_MOST_TURN_OUT = re.compile(r"(?:most|many)\s+of\s+(?:these|them|those)\s+(?:(?P<general>usually|often|will)\s+)?"
                                r"(?:turn\s+out|prove)\s+to\s+be(?=\W|$)")
_TOLD_BEFORE = re.compile(r"\b(?:explain\w*|told|tell(?:ing)?|reassur\w*|advis\w*|inform\w*|counsel\w*)\b")
_TOLD_YOU = re.compile(r"[ \t]+(?:to[ \t]+)?you\b")  # (told to the letter's reader: a colleague under _DEAR_DOCTOR)
_DEAR_DOCTOR = re.compile(r"\bdear[ \t]+(?:dr|doctor|prof|professor|colleagues?)\b")
_SET_MEMBER_RESULT = re.compile(r"(?:[;,:][ \t]*|\b(?:and|but|while|whereas)[ \t]+)(?:the[ \t]+(?:largest|biggest|"
                                r"smallest|dominant)|one[ \t]+of[ \t]+them)\b[^.!?\n]{0,40}?\b(?:is|was|shows?|showed|"
                                r"proved?)\b")
_SET_MEMBER_REACH = 200  # characters after the cue searched for that member, within its sentence
_SENTENCE_END_AFTER = re.compile(r"[.!?](?=\s|$)|\n[ \t]*\n")
_TOLD_REACH = 200  # characters before the cue searched for the telling word, within its sentence
_SENTENCE_BREAK = re.compile(r"[.!?;](?=\s)|\n[ \t]*\n")
_AS_HERS_WAS = re.compile(r"(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*(?:,[ \t]*)?as[ \t]+(?:hers|his|this[ \t]+one|"
                          r"was[ \t]+the[ \t]+case)\b")
# A relative "deceased of" (or "from") a disease, as a translation writes "décédée de" ("mother deceased of breast
# cancer at 51 years"), is family history with the relative's disease as its object alone, as the fear's: a comma, a
# dash or "and" ends it ("mother deceased from a stroke in 2024, the patient's own right breast core biopsy shows a
# fibroadenoma" is the patient's)
_PRE_KIN_DECEASED = re.compile(rf"{_KIN}\s+deceased\s+(?:of|from)(?=\W|$)")


# A clinician's query mark before an entity, "lump, ? fibroadenoma", "(? phyllodes)", "Clinical: ? FA": the question
# asked, not an answer. Only a mark after a comma, a semicolon, a colon, an opening bracket or at a line's start: a
# mark closing a word ends its question ("any news? Fibroadenoma on the core" answers it), and one between words
# is as often a dash lost to the character set ("Left breast ? fibroadenoma"). The mark and the entity share their
# line (searched up to the mention, ``\Z``): a field answered "?" ("Grade: ?") asks nothing of the next line.
_QUERY_MARK = re.compile(r"(?:^|[,;:(\[])[ \t\xa0]*\?[ \t\xa0]*\Z", re.MULTILINE)
# (one mark queries one entity: "fibroadenoma, ? phyllodes" asks about the phyllodes, the fibroadenoma stands)
_MARK_THEN_MENTION = re.compile(r"[ \t]*#")
# A mark opening a line questions only an entity that ends its line or its sentence ("? Fibroadenoma", "? DCIS."):
# before a diagnosis with anything after it on its line (a grade in any form, "SBR II", a size, a stage, a variant) it
# is a bullet lost to the character set ("? Invasive ductal carcinoma, SBR 2, pT1c" under "FINAL DIAGNOSIS").
_LINE_START_MARK = re.compile(r"(?<![^\n])[ \t\xa0]*\?[ \t\xa0]*\Z")
# (anything but punctuation after the entity on its line or in its sentence, _ENDS_SENTENCE, describes it)
_QUERY_REACH = 8  # characters looked at before the mention: the mark, its blanks and the mark before it


# "fibroadenoma-like lesion", "DCIS-like growth": resemblance, not a diagnosis.
_LIKE = re.compile(r"^\s?-?\s?like\b")
# "revised from 'ADH' to 'DCIS'": the old diagnosis is withdrawn; the scope stops at "to".
_PRE_REVISED = re.compile(r"\b(?:revised|changed|amended|corrected|downgraded|upgraded)\s+from\b")
_REVISED_STOP = re.compile(r"\bto\b|;|\.(?=\s)")


class Assertion(NamedTuple):
    """The context flags of one finding mention (a NamedTuple: one is built per mention, ~3x
    cheaper than a frozen dataclass)."""

    negated: bool = False
    historical: bool = False
    uncertain: bool = False
    differential: bool = False


_WORD = re.compile(r"[a-zа-я][a-zа-я/'-]*")  # (a cue may start with a Cyrillic word: "на границата между")
_ESCAPE = re.compile(r"\\[sbdwSBDW]|\\.")


def _triggers(pattern: re.Pattern[str]) -> frozenset[str]:
    """The first three letters of every literal word of a cue pattern: a cue can only start at a
    word whose first three letters are among them (every cue alternative starts with a literal
    word), so the pattern is tried there alone instead of at every position."""
    words = _WORD.findall(_ESCAPE.sub(" ", pattern.pattern))
    return frozenset(w[:3] for w in words)


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz/'-" + "".join(map(chr, range(ord("а"), ord("я") + 1))))
_WORD_END = "\0"  # a character outside the word: the head is complete


class _Unreadable(Exception):
    """A pattern construct :func:`_first_heads` does not follow (then every trigger is kept)."""


def _first_heads(pattern: re.Pattern[str], triggers: frozenset[str]) -> frozenset[str]:
    """The triggers a match of ``pattern`` can start with: most literal words of a cue pattern
    ("of", "for", "the" in "evidence of") never start a match, and every candidate word costs a
    pattern match per report. The prefixes a match can begin with are read off the pattern's
    parse tree (a superset: look-arounds are skipped), so no match that the full trigger set finds
    is lost."""
    try:
        prefixes = _prefixes(re_parser.parse(pattern.pattern, pattern.flags), {""})
    except _Unreadable:
        return triggers

    def may_start(head: str) -> bool:
        for p in prefixes:
            if p.endswith(_WORD_END):
                if head == p[:-1]:
                    return True
            elif head == p if len(p) == 3 else head.startswith(p):
                return True
        return False

    return frozenset(h for h in triggers if may_start(h))


def _class_chars(items) -> set[str]:
    chars: set[str] = set()
    for op, av in items:
        if op is LITERAL:
            chars.add(chr(av))
        elif op is RANGE:
            chars.update(chr(c) for c in range(av[0], av[1] + 1))
        elif op is CATEGORY and av in (CATEGORY_SPACE, CATEGORY_DIGIT):
            chars.add(_WORD_END)
        else:
            raise _Unreadable(op)
    return chars


def _prefixes(items, states: set[str]) -> set[str]:
    """Extend each word-head prefix in ``states`` over the parsed pattern ``items`` (a head is
    complete at three word characters or at a character outside the word)."""
    for op, av in items:
        if op in (LITERAL, IN):
            chars = {chr(av)} if op is LITERAL else _class_chars(av)
            states = {s if s.endswith(_WORD_END) or len(s) == 3 else s + (c if c in _WORD_CHARS else _WORD_END)
                      for s in states for c in chars}
        elif op is SUBPATTERN:
            states = _prefixes(av[3], states)
        elif op is BRANCH:
            states = set().union(*(_prefixes(alt, states) for alt in av[1]))
        elif op in (MAX_REPEAT, MIN_REPEAT):
            low, high, sub = av
            current, out = states, set()
            for n in range(min(high, low + 4) + 1):  # four more than the minimum reach past any head
                if n >= low:
                    out |= current
                current = _prefixes(sub, current)
            states = out
        elif op not in (AT, ASSERT, ASSERT_NOT):
            raise _Unreadable(op)
    return states


# A healing finding in a list that "or" / "nor" ends later in its sentence ("no residual DCIS, healing fat necrosis or
# invasive carcinoma"): an item of the negated list, whose comma ends no negation (checked past the mention, which
# the terminator's search stops at)
_HEALING_LIST_ITEM = re.compile(r"[^.;\n]*\b(?:or|nor)\b")
_BARE_GLOSS_END = re.compile(r"#+[ \t]*\]")
# A terminator word that is an adjective when it opens the cue's object ("to exclude an adjacent DCIS", "no adjacent
# DCIS", "negative for associated DCIS"); after a word of its own it opens a clause ("no carcinoma, adjacent
# fibroadenoma")
_ATTRIBUTIVE_STOPS = frozenset({"adjacent", "associated"})
_ARTICLE_ONLY = re.compile(r"[ \t]*(?:(?:an?|any|the)[ \t]+)?")
# (the adjective's own noun follows it at once, two words of its own at most: "no adjacent high grade DCIS"; a
# finding further on, past a comma, is no object of the cue: "without adjacent LCIS, invasive lobular carcinoma")
_ATTRIBUTE_TO_OBJECT = re.compile(r"[ \t]+(?:[^\W\d_][\w-]*[ \t]+){0,2}")
_GLOSSED_WORD = re.compile(r"[^\W\d_]|#")  # (a letter, or a mention of the first language: "carcinom")
_ASIDE = re.compile(r"\([^()\n]*\)")


class _CueIndex:
    """All matches of one cue kind in a report, with its terminator pattern.

    Cues are found by trying the cue pattern at the words whose first letters may start one
    (:func:`_triggers`, the same matches as ``finditer``); a terminator is searched only between
    a cue and a mention it may reach.
    """

    __slots__ = ("cue_ends", "cue_starts", "masked", "stop")

    def __init__(self, masked: str, cues: list[tuple[int, int]], stop: re.Pattern[str]) -> None:
        self.masked = masked
        self.cue_starts = [a for a, _ in cues]
        self.cue_ends = [b for _, b in cues]
        self.stop = stop

    def last_cue(self, unit_start: int, start: int) -> tuple[int, int] | None:
        """The span of the last cue of the unit ending before ``start`` (None when there is none)."""
        i = bisect.bisect_right(self.cue_ends, start) - 1
        if i < 0 or self.cue_starts[i] < unit_start:
            return None
        return self.cue_starts[i], self.cue_ends[i]

    def scopes(self, unit_start: int, start: int) -> bool:
        """True when the last cue of the unit ending before ``start`` reaches it (no terminator between)."""
        if not self.cue_ends:  # (most cue kinds have no cue in a report: each mention asks all of them)
            return False
        return self.cue_reaches(self.last_cue(unit_start, start), start)

    def cue_reaches(self, cue: tuple[int, int] | None, start: int) -> bool:
        """True when ``cue`` (a :meth:`last_cue` span; None for none) reaches ``start`` (no terminator between)."""
        if cue is None:
            return False
        cue_end = cue[1]
        if start - cue_end > MAX_PRE_SCOPE:
            return False
        stop = self.stop.search(self.masked, cue_end, start)
        while stop is not None and stop.group().endswith("healing") and _HEALING_LIST_ITEM.match(self.masked, stop.end()):
            stop = self.stop.search(self.masked, stop.end(), start)
        if stop is not None and stop.group() in _ATTRIBUTIVE_STOPS and _ARTICLE_ONLY.fullmatch(
                self.masked, cue_end, stop.start()) and _ATTRIBUTE_TO_OBJECT.fullmatch(self.masked, stop.end(), start):
            # the cue's own object, its adjective first: "to exclude an adjacent DCIS", "no adjacent DCIS"
            stop = self.stop.search(self.masked, stop.end(), start)
        return stop is None or stop.end() > start or (
            # a gloss that is only the mention's own noun restates no cue of its own: "nie stwierdzono raka
            # [carcinoma]", the first language's noun between the cue and the bracket (a bracket that restates more,
            # "papilom bez atipije [papilloma without atypia]", ends it, and so does one that glosses the cue with
            # its noun: "Filodni tumor, granični (borderline) [phyllodes tumour, borderline]")
            stop.group() == "[" and not self.masked[stop.end() : start].strip()
            and _BARE_GLOSS_END.match(self.masked, start) is not None
            and _GLOSSED_WORD.search(_ASIDE.sub("", self.masked[cue_end : stop.start()])) is not None)


# A Danish / Norwegian differential considered and rejected: "Differentialdiagnostisk har benign phyllodes tumor været
# overvejet, men der er ikke bladformet arkitektur" (its considered word then "men" / "but" in its sentence, or its
# "udelukket" (excluded)); review pfinal15: the rejection reaches only up to "men" / "but", what follows being the
# diagnosis made ("... har lavgradigt DCIS været overvejet, men der er tale om atypisk duktal hyperplasi": the ADH
# stands), and "udelukket" / "excluded" is no rejection after a negation ("idet DCIS ikke er udelukket", "DCIS er ikke
# udelukket", "not excluded", "cannot be excluded": _NOT_EXCLUDED_BEFORE)
_PRE_REJECTED = re.compile(
    r"\bdifferen[st]ialdiagnostisk(?=[^.;]{0,200}?\b(?:(?:overvejet|overveid|vurdert|considered)[ \t]*,?[ \t]*"
    r"(?:men|but)\b|" + _NOT_EXCLUDED_BEFORE + r"(?:udelukket|utelukket|excluded\b)))")
_REJECTED_TERMINATOR = re.compile(_TERMINATOR.pattern + r"|\bmen\b")
_PRE_CUES = (
    ("neg", _PRE_NEG, _TERMINATOR),
    ("neg_fr", _PRE_NEG_FR, _NEG_FR_TERMINATOR),
    ("rejected", _PRE_REJECTED, _REJECTED_TERMINATOR),
    ("revised", _PRE_REVISED, _REVISED_STOP),
    ("unc", _PRE_UNC, _TERMINATOR),
    ("unc_lay", _PRE_UNC_LAY, _FEAR_TERMINATOR),
    ("fear", _PRE_FEAR, _FEAR_TERMINATOR),
    ("unc_named", _PRE_UNC_NAMED, _NAMED_ENTITY_END),
    ("conditional", _PRE_CONDITIONAL, _CONDITIONAL_TERMINATOR),
    ("belief", _PRE_BELIEF, _BELIEF_TERMINATOR),
    ("hist", _PRE_HIST, _HIST_TERMINATOR),
    ("hist_year", _PRE_HIST_YEAR, _HIST_YEAR_TERMINATOR),
    ("prior", _PRE_PRIOR_LABEL, _PRIOR_LABEL_TERMINATOR),
    ("hist_site", _PRE_HIST_SITE, _HIST_SITE_TERMINATOR),
    ("kin", _PRE_KIN, _KIN_TERMINATOR),
    ("kin_deceased", _PRE_KIN_DECEASED, _FEAR_TERMINATOR),
    ("turn_out", _PRE_MOST_TURN_OUT, _FEAR_TERMINATOR),
    ("pmh", _PRE_PMH, _PMH_TERMINATOR),
    ("diff", _PRE_DIFF, _DIFF_TERMINATOR),
)
_CUE_TRIGGERS = tuple((name, cue, stop, _first_heads(cue, _triggers(cue))) for name, cue, stop in _PRE_CUES)


def _candidate_words(heads: frozenset[str]) -> re.Pattern[str]:
    """A pattern whose group ``h`` is the head (first three letters) of every word of ``_WORD``
    whose head is in ``heads``, for a text with one space put in front: the scan runs in C and
    yields only the words a cue may start at, instead of a Python loop over every word.

    A word starts after a run of ``/'-`` that follows a character outside ``[a-z/'-]`` (the space
    in front stands for the text's start); a head shorter than three letters is the whole word.
    The pattern starts with that character (the engine then skips to such characters) and its
    heads are grouped by first letter (an alternative is then dropped on its first letter).
    """
    groups: dict[str, list[str]] = {}
    for head in sorted(heads):
        rest = re.escape(head[1:])
        groups.setdefault(head[0], []).append(rest if len(head) == 3 else rf"{rest}(?![a-zа-я/'-])")
    trie = "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())
    # (a look-ahead at the heads' first letters turns away, in one character-class test, the many
    # places that start no head at all, before the engine tries the alternatives one by one)
    firsts = "".join(sorted(groups))
    return re.compile(rf"[^a-zа-я/'-][/'-]*(?=[{re.escape(firsts)}])(?P<h>{trie})")


_CANDIDATE = _candidate_words(frozenset().union(*(triggers for *_, triggers in _CUE_TRIGGERS)))
# the cue kinds (indices into _CUE_TRIGGERS) each candidate head may start
_HEAD = _CANDIDATE.groupindex["h"]  # (the number of the head's group)
_KINDS_OF_HEAD = {head: tuple(k for k, (*_, triggers) in enumerate(_CUE_TRIGGERS) if head in triggers)
                  for head in frozenset().union(*(triggers for *_, triggers in _CUE_TRIGGERS))}


class ContextScanner:
    """Assertion context of the mentions of one report.

    Args:
        masked: the lower-cased report with every finding mention replaced by ``#`` (same length).

    The words that may start a cue are listed once (:data:`_CANDIDATE`); each cue pattern is
    tried only at the words that may start it; a mention then costs two bisections per cue kind, a
    terminator search where a cue is in reach, and the anchored post-cue matches whose words the
    report contains.
    """

    def __init__(self, masked: str, feature_starts: Sequence[int] = ()) -> None:
        self.masked = masked
        # where a mention of a feature starts (calcifications, lymph nodes: a property of a specimen, never one of a
        # list of diagnoses that share one answer), sorted
        self.feature_starts = list(feature_starts)
        starts: list[list[int]] = [[] for _ in _CUE_TRIGGERS]  # per cue kind, the words it may start at
        # (where a dictated part line's spoken diagnosis starts and its line ends, sorted: _todays_part_diagnoses)
        self._todays_diagnoses: list[tuple[int, int]] = []
        for w in _CANDIDATE.finditer(" " + masked):
            pos = w.start(_HEAD) - 1  # (the group by number, its offset once: this loop runs per word)
            for k in _KINDS_OF_HEAD[w[_HEAD]]:
                starts[k].append(pos)
        self.index: dict[str, _CueIndex] = {}
        for (name, cue, stop, _triggers), positions in zip(_CUE_TRIGGERS, starts, strict=True):
            spans, last_end = [], 0
            for pos in positions:
                if pos >= last_end:
                    m = cue.match(masked, pos)
                    if m is not None:
                        span = m.span()
                        if span[1] > span[0]:
                            spans.append(span)
                            last_end = span[1]
            if name == "turn_out" and spans:
                spans = _told_or_general(masked, spans)
            if name in ("hist_year", "hist_site") and spans:
                spans = _earlier_years_only(masked, spans, name == "hist_year")
            elif name == "hist" and spans and "part" in masked:
                self._todays_diagnoses = _todays_part_diagnoses(masked, spans)
            self.index[name] = _CueIndex(masked, spans, stop)
        self.post_unc = any(map(masked.__contains__, _POST_UNC_WORDS))
        self.post_diff = any(map(masked.__contains__, _POST_DIFF_WORDS))
        self.like = any(map(masked.__contains__, _LIKE_WORDS))
        self.post_hist = any(map(masked.__contains__, _POST_HIST_WORDS))
        self.post_original = "original" in masked
        self.query = "?" in masked
        # (the confirming words and the clause breaks of a believed mention, found on its first one: _belief_confirmed)
        self._belief_positions: tuple[list[int], list[int]] | None = None
        self._glue_runs: tuple[list[int], list[int]] | None = None  # (_post_neg_end)

    def assertion(self, unit: tuple[int, int], start: int, end: int, benign: bool = False) -> Assertion:
        """Negated / historical / uncertain flags of the mention ``[start, end)`` in ``unit`` (``benign``: the
        mention's finding is on the benign list)."""
        idx, u0 = self.index, self._clause_start(unit[0], start)
        after = self.masked[end : unit[1]]
        post_neg = self._post_neg_end(end, unit[1], after)  # (the end of _POST_NEG.match(after), in ``after``)
        if post_neg is not None and after[post_neg - 2 : post_neg].lower() == "no" and _NUMBERED.match(
                self.masked, end + post_neg):
            post_neg = None  # ("DCIS No. 1: 10 mm": the unit ends at the abbreviation's dot, its number after it)
        if post_neg is not None and self._feature_field_between(end, end + post_neg):
            post_neg = None  # ("IDC, calcifications: none": the answer is the feature's own field, not the IDC's)
        negated = (idx["neg"].scopes(u0, start) or idx["neg_fr"].scopes(u0, start) or idx["rejected"].scopes(u0, start)
                   or post_neg is not None
                   or idx["revised"].scopes(u0, start))
        post_unc = _POST_UNC.match(after) if self.post_unc else None
        if post_unc is not None and _NOT_EXCLUDED_OF_NEXT_ITEM.match(post_unc.group(0)):
            post_unc = None  # ("ADH, DCIS cannot be excluded": only the DCIS is left open)
        if post_unc is not None and self.query and self._query_of_next(end + post_unc.end()):
            post_unc = None  # ("fibroadenoma, ? phyllodes": the mark is the next mention's query, _QUERY_MARK)
        believed = idx["belief"].scopes(u0, start) and not self._belief_confirmed(end)
        uncertain = (idx["unc"].scopes(u0, start) or idx["unc_lay"].scopes(u0, start) or self._feared(u0, start)
                     or idx["unc_named"].scopes(u0, start)
                     or idx["turn_out"].scopes(u0, start) and not _AS_HERS_WAS.match(after)
                     or idx["conditional"].scopes(u0, start) or believed or post_unc is not None
                     or self.post_unc and self._can_be_excluded(unit[0], start, after)
                     or self.like and bool(_LIKE.match(after)) or self.query and self._query_marked(start, end)
                     or self._diagnosis_not_made(u0, start, after, unit[1]))
        historical = (idx["hist"].scopes(u0, start) or idx["hist_year"].scopes(u0, start)
                      or idx["prior"].scopes(u0, start) or idx["hist_site"].scopes(u0, start) or idx["kin"].scopes(u0, start)
                      or idx["kin_deceased"].scopes(u0, start) or idx["pmh"].scopes(u0, start)
                      or self.post_hist and bool(_POST_HIST.match(after))
                      and not _RESIDUAL_BEFORE.search(self.masked, max(u0, start - RESIDUAL_BEFORE_CHARS), start)
                      or self.post_original and not benign and self._original_diagnosis(u0, start, after))
        differential = idx["diff"].scopes(u0, start) or self.post_diff and bool(_POST_DIFF.match(after))
        return Assertion(negated, historical, uncertain or differential, differential)


    def _post_neg_end(self, end: int, unit_end: int, after: str) -> int | None:
        """The end of ``_POST_NEG.match(after)`` (``after`` is ``self.masked[end:unit_end]``), or None. After a long run
        of glue it is matched from the run's end (_POST_NEG_AFTER_GLUE; the runs listed once a report), not walked
        through the run once per mention; else (an ordinary report's few blanks and commas) ``after`` itself is."""
        if _POST_NEG_LONG_GLUE.match(self.masked, end, unit_end) is None or end > 0 and _WORD_CHAR.match(
                self.masked, end - 1) is not None:
            m = _POST_NEG.match(after)  # (a run from a word's end: ``\\b`` at the slice's start would see it in place)
            return None if m is None else m.end()
        if self._glue_runs is None:
            found = list(_POST_NEG_GLUE_RUN.finditer(self.masked))
            self._glue_runs = ([m.start() for m in found], [m.end() for m in found])
        starts, ends = self._glue_runs
        i = bisect.bisect_right(starts, end) - 1
        m = _POST_NEG_AFTER_GLUE.match(self.masked, max(end, min(ends[i], unit_end)), unit_end)
        return None if m is None else m.end() - end

    def _original_diagnosis(self, clause_start: int, start: int, after: str) -> bool:
        """The mention at ``start`` is an earlier malignancy dated by its first diagnosis (_POST_ORIGINAL_DIAGNOSIS), not
        today's recurrence (_RECURRENT_BEFORE) nor a breast specimen's own finding (_BREAST_SPECIMEN_HEADING)."""
        return (_POST_ORIGINAL_DIAGNOSIS.match(after) is not None
                and _RECURRENT_BEFORE.search(self.masked, max(clause_start, start - RESIDUAL_BEFORE_CHARS), start) is None
                and _BREAST_SPECIMEN_HEADING.search(self.masked, max(0, start - BREAST_HEADING_REACH), start) is None)

    def sole_hedge(self, unit: tuple[int, int], start: int, end: int) -> tuple[int, int] | None:
        """The span of the cue before the mention ``[start, end)`` when it is the mention's only hedge (no cue after
        it, no open differential); None when another hedges it or none does."""
        u0 = self._clause_start(unit[0], start)
        cue = self.index["unc"].last_cue(u0, start)
        if cue is None or not self.index["unc"].scopes(u0, start):
            return None
        after = self.masked[end : unit[1]]
        if (self.post_unc and (_POST_UNC.match(after) or self._can_be_excluded(unit[0], start, after))
                or self.like and _LIKE.match(after)
                or self.index["diff"].scopes(u0, start) or self.post_diff and _POST_DIFF.match(after)
                or self.index["belief"].scopes(u0, start)):
            return None
        return cue

    def _diagnosis_not_made(self, clause_start: int, start: int, after: str, unit_end: int) -> bool:
        """The mention at ``start`` (its clause opening at ``clause_start``) is the diagnosis said not to be made
        (_DIAGNOSIS_OF_BEFORE, _NOT_MADE_AFTER), and not said in the same sentence (_made_later) or at the opening of
        the next one (_MADE_NEXT_SENTENCE) to be made later."""
        not_made = _NOT_MADE_AFTER.match(after)
        if not_made is None or _DIAGNOSIS_OF_BEFORE.search(self.masked, max(clause_start, start - 40), start) is None:
            return False
        if _made_later(after, not_made.end()):
            return False
        return _MADE_NEXT_SENTENCE.match(self.masked, unit_end) is None

    def _can_be_excluded(self, unit_start: int, start: int, after: str) -> bool:
        """Whether the mention at ``start`` is the subject that "can be excluded" (_CAN_BE_EXCLUDED), not the object of
        a preposition before it in its clause (_EXCLUDED_CLAUSE_START, _EXCLUDED_OBJECT_BEFORE)."""
        if not _CAN_BE_EXCLUDED.match(after):
            return False
        clause = unit_start
        for boundary in _EXCLUDED_CLAUSE_START.finditer(self.masked, unit_start, start):
            clause = boundary.end()
        return _EXCLUDED_OBJECT_BEFORE.search(self.masked, clause, start) is None

    def _clause_start(self, unit_start: int, start: int) -> int:
        """Where the cues that may reach the mention at ``start`` begin: its unit's start, or the diagnosis word of a
        dictated part line when the mention is that line's spoken diagnosis (no cue of the operation's reason before
        it reaches it: "Part A, left breast lumpectomy for suspicious calcifications, diagnosis fibroadenoma")."""
        if not self._todays_diagnoses:
            return unit_start
        i = bisect.bisect_right(self._todays_diagnoses, (start, len(self.masked))) - 1
        if i < 0 or start >= self._todays_diagnoses[i][1]:
            return unit_start
        return max(unit_start, self._todays_diagnoses[i][0])

    def _feared(self, unit_start: int, start: int) -> bool:
        """True when the mention at ``start`` is the object of a fear named as a noun (_PRE_FEAR): in its scope and
        within _FEAR_OBJECT_GAP's five words of the cue."""
        idx = self.index["fear"]
        cue = idx.last_cue(unit_start, start)
        return (cue is not None and idx.cue_reaches(cue, start)
                and _FEAR_OBJECT_GAP.fullmatch(self.masked, cue[1], start) is not None)

    def _belief_confirmed(self, end: int) -> bool:
        """A confirming word follows the believed mention ending at ``end`` in its clause (no break before it)."""
        if self._belief_positions is None:
            self._belief_positions = ([m.start() for m in _BELIEF_CONFIRMING.finditer(self.masked)],
                                      [m.start() for m in _BELIEF_BREAK.finditer(self.masked)])
        confirming, breaks = self._belief_positions
        i = bisect.bisect_left(confirming, end)
        if i == len(confirming):
            return False
        j = bisect.bisect_left(breaks, end)
        return j == len(breaks) or confirming[i] <= breaks[j]

    def _query_marked(self, start: int, end: int | None = None) -> bool:
        """A query mark that stands apart from the words before it is right before the mention at ``start`` (ending at
        ``end``: not a lost bullet before a described diagnosis, _LINE_START_MARK)."""
        reach = max(0, start - _QUERY_REACH)
        if _QUERY_MARK.search(self.masked, reach, start) is None:
            return False
        return end is None or not (_LINE_START_MARK.search(self.masked, reach, start)
                                   and not _ENDS_SENTENCE.match(self.masked, end))

    def _query_of_next(self, cue_end: int) -> bool:
        """The post-position cue ending at ``cue_end`` is a query mark of the mention right after it."""
        if self.masked[cue_end - 1 : cue_end] != "?":
            return False
        mention = _MARK_THEN_MENTION.match(self.masked, cue_end)
        return mention is not None and self._query_marked(mention.end() - 1)

    def _feature_field_between(self, end: int, cue_end: int) -> bool:
        """A feature's mention after a comma or semicolon lies between a mention's end and its post-position cue:
        "IDC, calcifications: none", "DCIS; lymph nodes: negative" (a list of diagnoses sharing one answer, "DCIS,
        LCIS: not identified", has no feature in it)."""
        i = bisect.bisect_left(self.feature_starts, end)
        while i < len(self.feature_starts) and self.feature_starts[i] < cue_end:
            feature = self.feature_starts[i]
            if "," in self.masked[end:feature] or ";" in self.masked[end:feature]:
                return True
            i += 1
        return False


def _told_or_general(masked: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of _PRE_MOST_TURN_OUT that tell a likelihood: general by their own word, or told (_TOLD_BEFORE in the
    cue's sentence, _TOLD_REACH characters before it at most); never where the sentence goes on to name a member of the
    set as a result (_SET_MEMBER_RESULT)."""
    kept = []
    to_doctor = None  # (whether the document is a letter to a doctor: searched once, where needed)
    for a, b in spans:
        stop = _SENTENCE_END_AFTER.search(masked, b, b + _SET_MEMBER_REACH)
        if _SET_MEMBER_RESULT.search(masked, b, stop.start() if stop else b + _SET_MEMBER_REACH) is not None:
            continue
        if _PRE_MOST_TURN_OUT.match(masked, a, b).group("general") is None:
            reach = max(0, a - _TOLD_REACH)
            for brk in _SENTENCE_BREAK.finditer(masked, reach, a):
                reach = brk.end()
            told = list(_TOLD_BEFORE.finditer(masked, reach, a))
            to_you = all(_TOLD_YOU.match(masked, m.end(), a) for m in told)
            if told and to_you and to_doctor is None:
                to_doctor = _DEAR_DOCTOR.search(masked) is not None
            if not told or to_you and to_doctor:
                continue  # (none, or each told to "you" in a letter to a doctor)
        kept.append((a, b))
    return kept


def _earlier_years_only(masked: str, spans: list[tuple[int, int]], tail: bool) -> list[tuple[int, int]]:
    """The ``_PRE_HIST_YEAR`` (or ``_PRE_HIST_SITE``) cue spans of an earlier specimen: its year before every date's
    year in the report but a date of birth ("Received 5 Jan 2026. His 2025 right core, delayed in transit, ..." is this
    report's) and, with ``tail``, its result or a past verb after it (:data:`_EARLIER_SPECIMEN_TAIL`)."""
    dated = [int(m.group(1) or m.group(2) or "20" + m.group(3)) for m in _REPORT_YEAR.finditer(masked)
             if not _BIRTH_DATE_LABEL.search(masked, max(0, m.start() - _BIRTH_LABEL_REACH), m.start())]
    first = min(dated, default=10_000)
    return [(a, b) for a, b in spans
            if int(_PRE_HIST_YEAR.match(masked, a).group(1)) < first
            and (not tail or _EARLIER_SPECIMEN_TAIL.match(masked, b))]


def _todays_part_operation(masked: str, span: tuple[int, int]) -> int | None:
    """Where the spoken diagnosis starts (its word "diagnosis") after an operation's "for" cue, undated, on a dictated
    part's own specimen line (:data:`_PART_OPERATION_PREFIX`); None for any other cue."""
    a, b = span
    if not (masked.startswith(_OPERATION_WORDS, a) and masked.endswith("for", a, b)
            and not any(map(str.isdigit, masked[a:b]))):
        return None
    # (the prefix first: its search is bounded by _PART_LINE_REACH, while the diagnosis runs to the line's next comma,
    # which for every "for" cue of one long line would rescan the rest of that line)
    if _PART_OPERATION_PREFIX.search(masked, max(0, a - _PART_LINE_REACH), a) is None:
        return None
    diagnosis = _PART_OPERATION_DIAGNOSIS.match(masked, b)
    return None if diagnosis is None else diagnosis.start("dx")


def _todays_part_diagnoses(masked: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Where each dictated part line's spoken diagnosis starts and where its line ends, sorted, among the history
    cues ``spans``: the operation's "for" cue still makes its reason history (the earlier result that led to the
    operation), but it reaches nothing from the diagnosis word to the line's end (ContextScanner._clause_start)."""
    found = []
    for span in spans:
        start = _todays_part_operation(masked, span)
        if start is not None:
            line_end = masked.find("\n", start)
            found.append((start, len(masked) if line_end < 0 else line_end))
    return found


def assertion(masked: str, unit: tuple[int, int], start: int, end: int) -> Assertion:
    """Negated / historical / uncertain flags of one mention (see :class:`ContextScanner`)."""
    return ContextScanner(masked).assertion(unit, start, end)
