"""Pathology NLP output identity: every finding and every breast state of the working tree against
those of an earlier revision (a speed change must not move a single output byte).

    .venv/bin/python bench/nlp_identity.py [--against e93336a] [--demo-csv var/demo/pathology_reports.csv]
                                           [--reference var/nlp_identity_<commit>.pkl]

Texts: every pathology report of ``tests/nlp/data`` (the first set and every styles batch), the
``text`` column of a demo export's ``pathology_reports.csv`` when given (``sonolabel demo-data
var/demo --patients 250 --seed 0 --profile realistic``), and variants of all of them that reach
other branches of the rules: upper-cased, lower-cased, flattened to one line, and consecutive
pairs joined by a blank line. Each text's findings (every field of every ``Finding``, from
``nlp.pathology.iter_findings``) and its ``states_from_findings`` are compared.

The reference is computed once, in a subprocess over the revision's tree (``git archive`` under
``var/``), and kept in a pickle: later runs compare against it directly. Exit status 1 on any
difference (the first ones are printed), 0 when identical.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import pickle
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from revisions import REPO, SCRATCH, commit_of, revision_tree, tree_env  # noqa: E402

DATA_DIR = REPO / "tests" / "nlp" / "data"
SHOW_DIFFERENCES = 10


def source_texts(demo_csv: Path | None) -> list[str]:
    """The pathology texts of ``tests/nlp/data`` and the demo export (read here, not by the
    revision: both trees get exactly the same strings)."""
    sys.path.insert(0, str(REPO))
    from nlp.evaluation import load_eval_file  # the working tree's parser of the data files

    paths = sorted(DATA_DIR.glob("pathology_*.txt")) + sorted(DATA_DIR.glob("styles_pathology_*.txt"))
    texts = [r.text for p in paths for r in load_eval_file(p)]
    if demo_csv is not None:
        with demo_csv.open(newline="", encoding="utf-8") as f:
            texts += [row["text"] for row in csv.DictReader(f) if row.get("text")]
    return texts


def variants(texts: list[str]) -> list[str]:
    """The texts, then each upper-cased, lower-cased and flattened to one line, then joined pairs."""
    out = list(texts)
    out += [t.upper() for t in texts]
    out += [t.lower() for t in texts]
    out += [" ".join(t.split()) for t in texts]
    out += ["\n\n".join(texts[i : i + 2]) for i in range(0, len(texts) - 1, 2)]
    return out


def outputs(texts: list[str]) -> list[tuple[list[tuple], dict]]:
    """``(findings as plain tuples, states)`` per text, with the packages on ``sys.path`` now."""
    from nlp.pathology import iter_findings, states_from_findings

    return [([tuple(f) for f in findings], states_from_findings(findings)) for findings in iter_findings(texts)]


def digest(texts: list[str]) -> str:
    return hashlib.sha256("\0".join(texts).encode("utf-8")).hexdigest()


def worker(tree: Path, texts_file: Path, out_file: Path) -> int:
    """Subprocess: the outputs of ``tree``'s pipeline on the pickled texts."""
    sys.path.insert(0, str(tree))
    import nlp

    if not Path(nlp.__file__).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"imported nlp from {nlp.__file__}, not from {tree}")
    texts = pickle.loads(texts_file.read_bytes())
    out_file.write_bytes(pickle.dumps(outputs(texts), protocol=pickle.HIGHEST_PROTOCOL))
    return 0


def reference(commit: str, texts: list[str], path: Path) -> list[tuple[list[tuple], dict]]:
    """The revision's outputs for ``texts``: from ``path`` when it holds them, else computed and saved."""
    key = digest(texts)
    if path.exists():
        saved = pickle.loads(path.read_bytes())
        if saved["commit"] == commit and saved["texts"] == key:
            return saved["outputs"]
        print(f"{path.name}: made for other texts or another commit, computing it again")
    with revision_tree(commit) as tree:
        texts_file, out_file = tree / "texts.pkl", tree / "outputs.pkl"
        texts_file.write_bytes(pickle.dumps(texts))
        subprocess.run([sys.executable, str(Path(__file__).resolve()), "--worker", str(tree), str(texts_file),
                        str(out_file)], env=tree_env(tree), cwd=tree, check=True)
        out = pickle.loads(out_file.read_bytes())
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(pickle.dumps({"commit": commit, "texts": key, "outputs": out}, protocol=pickle.HIGHEST_PROTOCOL))
    return out


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--worker":
        return worker(Path(sys.argv[2]), Path(sys.argv[3]), Path(sys.argv[4]))
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--against", default="e93336a", help="the revision whose outputs are the reference")
    parser.add_argument("--demo-csv", type=Path, default=None, help="a demo export's pathology_reports.csv")
    parser.add_argument("--reference", type=Path, default=None,
                        help="pickle of the reference outputs (default var/nlp_identity_<commit>.pkl)")
    args = parser.parse_args()
    if args.demo_csv is not None and not args.demo_csv.is_file():
        parser.error(f"no such file: {args.demo_csv}")
    commit = commit_of(args.against)
    ref_path = args.reference or SCRATCH / f"nlp_identity_{commit[:12]}.pkl"
    base = source_texts(args.demo_csv)
    texts = variants(base)
    print(f"texts: {len(texts)} ({len(base)} reports and their variants"
          f"{', demo export included' if args.demo_csv else ', no demo export'})")
    t0 = time.perf_counter()
    ref = reference(commit, texts, ref_path)
    t1 = time.perf_counter()
    sys.path.insert(0, str(REPO))
    ours = outputs(texts)
    t2 = time.perf_counter()
    print(f"reference {commit[:12]} ({ref_path.name}): {t1 - t0:.1f} s; working tree: {t2 - t1:.1f} s")
    n_findings = sum(len(f) for f, _ in ref)
    differing = [i for i, (a, b) in enumerate(zip(ref, ours, strict=True)) if a != b]
    for i in differing[:SHOW_DIFFERENCES]:
        (ref_f, ref_s), (our_f, our_s) = ref[i], ours[i]
        print(f"--- text {i} ({len(texts[i])} characters): {texts[i][:80]!r}")
        for a, b in zip(ref_f, our_f):
            if a != b:
                print(f"  reference {a}\n  now       {b}")
        if len(ref_f) != len(our_f):
            print(f"  {len(ref_f)} findings in the reference, {len(our_f)} now")
        if ref_s != our_s:
            print(f"  states: reference {ref_s}\n          now       {our_s}")
    print(f"{len(texts) - len(differing)} of {len(texts)} texts identical ({n_findings} reference findings): "
          + ("IDENTICAL" if not differing else f"{len(differing)} DIFFER"))
    return 1 if differing else 0


if __name__ == "__main__":
    raise SystemExit(main())
