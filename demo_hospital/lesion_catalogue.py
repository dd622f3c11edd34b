"""Lesion types of the realistic profile, described with BI-RADS ultrasound descriptors.

Why a catalogue with overlapping distributions: in the ``easy`` profile every benign lesion is
oval, wider than tall and enhancing and every cancer is spiculated, taller than wide and
shadowing, so one cue separates the classes. Real breasts do not: about a quarter of cancers are
circumscribed, oval and without shadowing (triple-negative, mucinous, medullary-like, papillary,
lymphoma, phyllodes), DCIS is often a wide non-mass area, and benign mimics shadow (scars, fat
necrosis, hyalinised fibroadenomas, sclerosing lesions) or have angular margins. Each type below
states the probability of each descriptor; :func:`design_lesion` draws one concrete lesion from
it. The image module renders the design; ``truth/lesions.csv`` records it.

Descriptors (ACR BI-RADS ultrasound lexicon):
* shape: ``oval``, ``round``, ``irregular``; plus ``nonmass`` (a non-mass area) and ``reniform``
  (a lymph node's bean shape with its hilum notch).
* aspect: designed height / width (> 1 is "not parallel", taller than wide).
* margin: ``circumscribed``, ``microlobulated``, ``indistinct``, ``angular``, ``spiculated``.
* echo: ``anechoic``, ``hypoechoic``, ``isoechoic``, ``heterogeneous``, ``complex`` (cystic and
  solid), ``hyperechoic``, ``node`` (hypoechoic cortex around an echogenic fatty hilum).
* posterior: ``enhancement``, ``none``, ``shadowing``, ``combined``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np

SHAPES = ("oval", "round", "irregular", "nonmass", "reniform")
MARGINS = ("circumscribed", "microlobulated", "indistinct", "angular", "spiculated")
ECHOES = ("anechoic", "hypoechoic", "isoechoic", "heterogeneous", "complex", "hyperechoic", "node")
POSTERIOR = ("enhancement", "none", "shadowing", "combined")

Weights = tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class LesionType:
    """The descriptor distributions of one lesion type.

    ``aspect`` is a list of ``(low, high, weight)`` uniform ranges of height / width (a mixture, so
    that e.g. 15% of fibroadenomas can be taller than wide); ``width_mm`` a log-uniform range.
    """

    category: str  # benign | malignant
    shape: Weights
    aspect: tuple[tuple[float, float, float], ...]
    width_mm: tuple[float, float]
    margin: Weights
    echo: Weights
    posterior: Weights
    calcifications: float = 0.0  # probability of echogenic foci inside
    edge_shadows: float = 0.0  # probability of refractive edge shadows (smooth, curved walls)


LESION_TYPES: dict[str, LesionType] = {
    # -- malignant -------------------------------------------------------------------------------
    "carcinoma_spiculated": LesionType(
        "malignant", (("irregular", 1.0),), ((0.85, 1.6, 1.0),), (6, 30),
        (("spiculated", 0.7), ("angular", 0.3)), (("hypoechoic", 0.6), ("heterogeneous", 0.4)),
        (("shadowing", 0.8), ("none", 0.15), ("combined", 0.05)), calcifications=0.3),
    "carcinoma_irregular": LesionType(
        "malignant", (("irregular", 0.85), ("oval", 0.15)), ((0.6, 1.3, 1.0),), (8, 35),
        (("indistinct", 0.5), ("microlobulated", 0.3), ("angular", 0.2)),
        (("hypoechoic", 0.6), ("heterogeneous", 0.4)),
        (("shadowing", 0.4), ("none", 0.45), ("enhancement", 0.15)), calcifications=0.3),
    "carcinoma_circumscribed": LesionType(  # triple-negative, mucinous, medullary-like
        "malignant", (("oval", 0.6), ("round", 0.4)), ((0.55, 1.0, 1.0),), (8, 30),
        (("circumscribed", 0.5), ("microlobulated", 0.5)),
        (("hypoechoic", 0.7), ("heterogeneous", 0.2), ("complex", 0.1)),
        (("enhancement", 0.55), ("none", 0.4), ("shadowing", 0.05)), edge_shadows=0.3),
    "lobular_carcinoma": LesionType(
        "malignant", (("irregular", 1.0),), ((0.45, 0.95, 1.0),), (10, 40),
        (("indistinct", 0.6), ("angular", 0.4)), (("hypoechoic", 0.8), ("heterogeneous", 0.2)),
        (("shadowing", 0.6), ("none", 0.4))),
    "dcis_nonmass": LesionType(
        "malignant", (("nonmass", 1.0),), ((0.25, 0.5, 1.0),), (10, 40),
        (("indistinct", 1.0),), (("hypoechoic", 0.6), ("heterogeneous", 0.4)),
        (("none", 0.9), ("shadowing", 0.1)), calcifications=0.8),
    "intracystic_papillary": LesionType(
        "malignant", (("oval", 0.6), ("round", 0.4)), ((0.6, 1.0, 1.0),), (10, 30),
        (("circumscribed", 0.7), ("microlobulated", 0.3)), (("complex", 1.0),),
        (("enhancement", 0.8), ("none", 0.2))),
    "phyllodes": LesionType(
        "malignant", (("oval", 1.0),), ((0.4, 0.8, 1.0),), (20, 40),
        (("circumscribed", 0.6), ("microlobulated", 0.4)), (("heterogeneous", 0.6), ("hypoechoic", 0.4)),
        (("enhancement", 0.6), ("none", 0.4)), edge_shadows=0.4),
    "lymphoma": LesionType(
        "malignant", (("oval", 0.7), ("irregular", 0.3)), ((0.5, 0.9, 1.0),), (10, 35),
        (("circumscribed", 0.5), ("indistinct", 0.5)), (("hypoechoic", 1.0),),
        (("enhancement", 0.6), ("none", 0.4))),
    # -- benign ----------------------------------------------------------------------------------
    "simple_cyst": LesionType(
        "benign", (("oval", 0.7), ("round", 0.3)), ((0.45, 0.9, 0.8), (0.9, 1.15, 0.2)), (4, 25),
        (("circumscribed", 1.0),), (("anechoic", 1.0),), (("enhancement", 0.9), ("none", 0.1)),
        edge_shadows=0.5),
    "complicated_cyst": LesionType(
        "benign", (("oval", 0.8), ("round", 0.2)), ((0.5, 0.95, 1.0),), (5, 20),
        (("circumscribed", 0.85), ("microlobulated", 0.15)), (("hypoechoic", 1.0),),
        (("enhancement", 0.7), ("none", 0.3)), edge_shadows=0.3),
    "complex_cystic": LesionType(
        "benign", (("oval", 0.8), ("round", 0.2)), ((0.55, 1.0, 1.0),), (8, 25),
        (("circumscribed", 0.7), ("microlobulated", 0.3)), (("complex", 1.0),),
        (("enhancement", 0.6), ("none", 0.4))),
    "fibroadenoma": LesionType(
        "benign", (("oval", 0.9), ("round", 0.1)), ((0.4, 0.85, 0.85), (1.02, 1.35, 0.15)), (6, 35),
        (("circumscribed", 0.75), ("microlobulated", 0.15), ("indistinct", 0.1)),
        (("hypoechoic", 0.7), ("isoechoic", 0.2), ("heterogeneous", 0.1)),
        (("none", 0.45), ("enhancement", 0.35), ("shadowing", 0.2)), calcifications=0.1, edge_shadows=0.4),
    "scar": LesionType(  # post-surgical or biopsy-site scar, radial scar
        "benign", (("irregular", 1.0),), ((0.6, 1.5, 1.0),), (8, 30),
        (("spiculated", 0.4), ("angular", 0.4), ("indistinct", 0.2)),
        (("hypoechoic", 0.6), ("heterogeneous", 0.4)), (("shadowing", 0.85), ("none", 0.15))),
    "fat_necrosis": LesionType(
        "benign", (("irregular", 0.6), ("oval", 0.4)), ((0.5, 1.2, 1.0),), (6, 25),
        (("indistinct", 0.5), ("angular", 0.3), ("circumscribed", 0.2)),
        (("heterogeneous", 0.4), ("complex", 0.3), ("hyperechoic", 0.3)),
        (("shadowing", 0.45), ("none", 0.4), ("enhancement", 0.15)), calcifications=0.3),
    "intramammary_node": LesionType(
        "benign", (("reniform", 1.0),), ((0.35, 0.65, 1.0),), (5, 15),
        (("circumscribed", 1.0),), (("node", 1.0),), (("none", 1.0),)),
    "papilloma": LesionType(
        "benign", (("oval", 0.8), ("round", 0.2)), ((0.5, 1.1, 1.0),), (5, 20),
        (("circumscribed", 0.6), ("microlobulated", 0.4)), (("complex", 0.5), ("hypoechoic", 0.5)),
        (("none", 0.6), ("enhancement", 0.4))),
    "sclerosing_lesion": LesionType(  # sclerosing adenosis, complex sclerosing lesion
        "benign", (("irregular", 0.8), ("oval", 0.2)), ((0.6, 1.4, 1.0),), (5, 20),
        (("angular", 0.4), ("indistinct", 0.4), ("spiculated", 0.2)), (("hypoechoic", 1.0),),
        (("shadowing", 0.45), ("none", 0.55)), calcifications=0.3),
    "benign_indistinct": LesionType(  # atypia, LCIS, columnar cell change, UDH, mastitis
        "benign", (("oval", 0.5), ("irregular", 0.5)), ((0.5, 1.2, 1.0),), (5, 18),
        (("indistinct", 0.5), ("microlobulated", 0.3), ("angular", 0.2)),
        (("hypoechoic", 0.7), ("isoechoic", 0.3)), (("none", 0.75), ("shadowing", 0.15), ("enhancement", 0.1)),
        calcifications=0.4),
}

# Pathology diagnosis (report_text.DIAGNOSES key) -> the lesion types that show it on ultrasound.
KINDS_OF_DIAGNOSIS: dict[str, Weights] = {
    "idc": (("carcinoma_spiculated", 0.45), ("carcinoma_irregular", 0.35), ("carcinoma_circumscribed", 0.2)),
    "ilc": (("lobular_carcinoma", 1.0),),
    "tubular": (("carcinoma_spiculated", 1.0),),
    "mucinous": (("carcinoma_circumscribed", 1.0),),
    "cribriform": (("carcinoma_irregular", 0.6), ("carcinoma_circumscribed", 0.4)),
    "inflammatory": (("carcinoma_irregular", 1.0),),
    "intraductal_papillary": (("intracystic_papillary", 1.0),),
    "microinvasive": (("dcis_nonmass", 0.6), ("carcinoma_irregular", 0.4)),
    "dcis": (("dcis_nonmass", 0.7), ("carcinoma_irregular", 0.3)),
    "lymphoma": (("lymphoma", 1.0),),
    "phyllodes": (("phyllodes", 1.0),),
    "cyst": (("simple_cyst", 0.4), ("complicated_cyst", 0.6)),
    "fibroadenoma": (("fibroadenoma", 1.0),),
    "scar": (("scar", 0.7), ("fat_necrosis", 0.3)),
    "sclerosing_adenosis": (("sclerosing_lesion", 1.0),),
    "lcis": (("benign_indistinct", 1.0),),
    "columnar_cell": (("benign_indistinct", 1.0),),
    "alh": (("benign_indistinct", 1.0),),
    "adh": (("benign_indistinct", 0.6), ("sclerosing_lesion", 0.4)),
    "papilloma": (("papilloma", 0.7), ("complex_cystic", 0.3)),
    "periductal_mastitis": (("fat_necrosis", 0.5), ("benign_indistinct", 0.5)),
    "udh": (("benign_indistinct", 1.0),),
}
# Lesions without pathology: what a BI-RADS 3 breast shows, what a BI-RADS 2 breast may show.
PROBABLY_BENIGN_KINDS: Weights = (("fibroadenoma", 0.6), ("complicated_cyst", 0.25), ("complex_cystic", 0.15))
INCIDENTAL_KINDS: Weights = (("simple_cyst", 0.35), ("intramammary_node", 0.2), ("complicated_cyst", 0.1),
                             ("scar", 0.2), ("fat_necrosis", 0.15))
DEFAULT_KINDS: dict[str, Weights] = {
    "malignant": KINDS_OF_DIAGNOSIS["idc"],
    "benign": PROBABLY_BENIGN_KINDS,
}


@dataclass(frozen=True)
class LesionDesign:
    """One concrete lesion: what every image of it shows (each image jitters size and aspect a little).

    ``depth`` is the centre's depth as a fraction of the field of view (0 = skin, 1 = bottom);
    ``lateral`` its lateral position (-1..1); ``posterior_strength`` the fraction of attenuation
    (shadowing) or the extra gain (enhancement) right behind it.
    """

    kind: str
    category: str
    shape: str
    aspect: float
    width_mm: float
    margin: str
    echo: str
    posterior: str
    posterior_strength: float
    calcifications: bool
    edge_shadows: bool
    depth: float
    lateral: float
    tilt: float
    seed: int  # the design's own texture seed: the same lesion has the same outline in every image

    def __post_init__(self) -> None:
        if self.kind not in LESION_TYPES:
            raise ValueError(f"unknown lesion kind {self.kind!r}")
        for name, value, allowed in (("shape", self.shape, SHAPES), ("margin", self.margin, MARGINS),
                                     ("echo", self.echo, ECHOES), ("posterior", self.posterior, POSTERIOR)):
            if value not in allowed:
                raise ValueError(f"{name} must be one of {allowed}, got {value!r}")
        if not 2.0 <= self.width_mm <= 60.0 or not 0.1 <= self.aspect <= 3.0:
            raise ValueError(f"width_mm {self.width_mm} or aspect {self.aspect} out of range")

    @property
    def taller_than_wide(self) -> bool:
        return self.aspect > 1.0


def pick(rng: np.random.Generator, weights: Weights) -> str:
    """One key of ``weights`` drawn with its probability (weights need not sum to 1)."""
    keys = [k for k, _ in weights]
    w = np.array([v for _, v in weights], dtype=float)
    return keys[int(rng.choice(len(keys), p=w / w.sum()))]


def kind_for_diagnosis(rng: np.random.Generator, diagnosis: str, category: str) -> str:
    """The lesion type an ultrasound shows for a pathology diagnosis (category default otherwise)."""
    return pick(rng, KINDS_OF_DIAGNOSIS.get(diagnosis) or DEFAULT_KINDS[category])


def design_lesion(rng: np.random.Generator, kind: str) -> LesionDesign:
    """Draw one lesion of ``kind`` from its descriptor distributions."""
    t = LESION_TYPES[kind]
    ranges = t.aspect
    w = np.array([r[2] for r in ranges])
    lo, hi, _ = ranges[int(rng.choice(len(ranges), p=w / w.sum()))]
    aspect = float(rng.uniform(lo, hi))
    lw, hw = np.log(t.width_mm[0]), np.log(t.width_mm[1])
    width = float(np.exp(rng.uniform(lw, hw)))
    posterior = pick(rng, t.posterior)
    strength = {"shadowing": rng.uniform(0.65, 0.92), "combined": rng.uniform(0.6, 0.85),
                "enhancement": rng.uniform(0.35, 1.1), "none": 0.0}[posterior]
    shape = pick(rng, t.shape)
    return LesionDesign(
        kind=kind, category=t.category, shape=shape, aspect=aspect, width_mm=width,
        margin=pick(rng, t.margin), echo=pick(rng, t.echo), posterior=posterior,
        posterior_strength=float(strength), calcifications=bool(rng.random() < t.calcifications),
        edge_shadows=bool(rng.random() < t.edge_shadows), depth=float(rng.uniform(0.25, 0.6)),
        lateral=float(rng.uniform(-0.45, 0.45)),
        tilt=float(rng.uniform(-0.25, 0.25) if shape not in ("nonmass", "reniform") else rng.uniform(-0.08, 0.08)),
        seed=int(rng.integers(2**31)),
    )


def view_of(design: LesionDesign, rng: np.random.Generator) -> LesionDesign:
    """The same lesion seen in another image: position, size and aspect change a little.

    The aspect jitter never crosses 1 (a lesion designed wider than tall stays so in every
    image), so the design's orientation is also each image's.
    """
    aspect = design.aspect * float(rng.uniform(0.9, 1.1))
    if (aspect > 1.0) != (design.aspect > 1.0):
        aspect = design.aspect
    return replace(design, aspect=aspect, width_mm=design.width_mm * float(rng.uniform(0.9, 1.1)),
                   depth=float(np.clip(design.depth + rng.uniform(-0.06, 0.06), 0.2, 0.65)),
                   lateral=float(np.clip(design.lateral + rng.uniform(-0.2, 0.2), -0.55, 0.55)))
