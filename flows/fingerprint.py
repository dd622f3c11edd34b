"""The fingerprint of a build's inputs: what must change for a rebuild to publish anything new.

A build is determined by: every DICOM file's relative path, size and modification time (what the
index cache already keys on), the report CSVs' and the reviewer decisions' contents, the pseudonym
key (its fingerprint), the build's parameters, this project's code and data contracts, and the versions of the libraries that
decode, label and validate. The build records the fingerprint it started from in the version it
publishes (``build_inputs.json``); ``sonolabel build-dataset`` compares the export's fingerprint with
the published one first and, when they are equal, reports the published version as current instead
of starting the flow: a no-op rerun costs the listing and the hashing, not a build.

Only hashes are stored (no path, no identifier), so the file is as PHI-free as the tables.
"""

from __future__ import annotations

import hashlib
import json
import os
from importlib import metadata
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from core.layout import ExportLayout, OutputLayout
from core.pseudonyms import key_fingerprint
from curation.build_lock import BuildLocked, build_lock
from curation.dicom_index import find_files
from curation.image_store import ImageStore
from curation.publish import current_version

FINGERPRINT_FILE = "build_inputs.json"  # in each published version, next to version.json
SPLIT_SALT_DEFAULT = "sonolabel-split-v1"  # the build_dataset flow's default (tests/flows check they agree)
FORMAT = "sonolabel-build-inputs-v1"
PROJECT_ROOT = Path(__file__).resolve().parent.parent
CODE_PACKAGES = ("core", "curation", "nlp", "data_contracts", "flows")
LIBRARIES = ("pydicom", "dicomsdl", "pylibjpeg", "pylibjpeg-libjpeg", "pylibjpeg-openjpeg", "pylibjpeg-rle", "pillow",
             "numpy", "scipy", "pandas", "pyarrow", "spacy", "great-expectations", "duckdb", "matplotlib")


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def code_fingerprint() -> str:
    """Hash of the build's own code and contracts (every .py and .json of its packages)."""
    h = hashlib.sha256()
    for package in CODE_PACKAGES:
        for path in sorted((PROJECT_ROOT / package).rglob("*")):
            if path.suffix in (".py", ".json") and "__pycache__" not in path.parts:
                h.update(f"{path.relative_to(PROJECT_ROOT).as_posix()}\n".encode())
                h.update(path.read_bytes())
    return h.hexdigest()


def _library_versions() -> dict[str, str]:
    versions = {}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "absent"
    return versions


def build_fingerprint(export_dir: str | os.PathLike, chunk_size: int, split_salt: str = SPLIT_SALT_DEFAULT,
                      date_format: str | None = None, review_decisions: Path | None = None) -> str:
    """The fingerprint of building ``export_dir`` now (see the module docstring).

    ``review_decisions``: the reviewer decisions file the build applies (``OUT/review/decisions.csv``).
    """
    layout = ExportLayout(export_dir)
    h = hashlib.sha256(FORMAT.encode())
    header = {"chunk_size": chunk_size, "split_salt": split_salt, "date_format": date_format, "key": key_fingerprint(),
              "code": code_fingerprint(), "libraries": _library_versions()}
    h.update(json.dumps(header, sort_keys=True).encode())
    for csv in (layout.pathology_csv, layout.radiology_csv, layout.patients_csv):
        h.update(f"\n{csv.name}\t{_sha256_file(csv) if csv.is_file() else 'absent'}".encode())
    if review_decisions is not None and review_decisions.is_file():  # none yet: the same as no decisions
        h.update(f"\nreview decisions\t{_sha256_file(review_decisions)}".encode())
    for rel in find_files(layout.dicom):
        name = b"\n" + os.fsencode(rel)  # a name that is not UTF-8 hashes as its bytes
        try:
            st = os.stat(layout.dicom / rel)
        except OSError:  # vanished since listed: a build would see that too
            h.update(name + b"\tgone")
            continue
        h.update(name + f"\t{st.st_size}\t{st.st_mtime_ns}".encode())
    return h.hexdigest()


def fingerprint_file(fingerprint: str) -> dict[str, bytes]:
    """The file a published version records its fingerprint in (for ``publish(extra_files=...)``)."""
    return {FINGERPRINT_FILE: (json.dumps({"format": FORMAT, "fingerprint": fingerprint}) + "\n").encode()}


def published_fingerprint(out_dir: str | os.PathLike) -> str | None:
    """The fingerprint of the currently published version, if that version is whole.

    None when nothing is published, the version has no fingerprint, or an image-store shard its
    ``images`` table points at is gone (a build would write it again).
    """
    out = OutputLayout(out_dir)
    try:
        record = json.loads((out.tables / FINGERPRINT_FILE).read_text())
        shards = set(pq.read_table(out.tables / "images.parquet", columns=["store_shard"]).column("store_shard").to_pylist())
    except (OSError, ValueError, pa.ArrowInvalid):
        return None
    store = ImageStore(out.image_store)
    if not isinstance(record, dict) or record.get("format") != FORMAT or not all(store.has(s) for s in shards):
        return None
    return record.get("fingerprint")


def up_to_date_version(export_dir: str | os.PathLike, out_dir: str | os.PathLike, chunk_size: int,
                       split_salt: str = SPLIT_SALT_DEFAULT, date_format: str | None = None) -> str | None:
    """The published version when it was built from exactly these inputs (None: a build has work to do).

    Checked under the build lock; when another build holds it, None (the build then refuses or
    waits, as asked), since that build may publish something else.
    """
    if published_fingerprint(out_dir) is None:
        return None
    try:
        with build_lock(out_dir, wait_s=0):
            now = build_fingerprint(export_dir, chunk_size, split_salt, date_format, OutputLayout(out_dir).review_decisions)
            if now == published_fingerprint(out_dir):
                return current_version(out_dir)
    except BuildLocked:
        pass
    return None
