"""Where a build reads and writes: the checks that run before any work.

A missing folder or file, an empty ``dicom/`` folder, or an output folder the build cannot or
must not use (a file, inside the export, not writable) is the user's to fix, so each raises
:class:`core.errors.UserError` with one line that names the path. The CSV tables themselves are
checked, row by row, by :mod:`curation.input_check`.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from core.errors import UserError
from core.layout import REPORT_CSVS, ExportLayout


def check_export(export_dir: str | os.PathLike) -> Path:
    """Fail early, with one clear message, when the export folder is not usable."""
    export = ExportLayout(export_dir)
    root = export.root
    if not root.is_dir():
        raise UserError(f"export folder not found: {root}")
    if not export.dicom.is_dir():
        raise UserError(f"{root} has no dicom/ folder (see docs/data_model.md for the export layout)")
    missing = [name for name in REPORT_CSVS if not (root / name).is_file()]
    if missing:
        raise UserError(f"{root} is missing {', '.join(missing)} (see docs/data_model.md)")
    if not holds_any_file(export.dicom):
        raise UserError(f"{export.dicom} holds no files: nothing to build (put the export's DICOM files under it)")
    return root


def holds_any_file(folder: str | os.PathLike) -> bool:
    """True as soon as anything but a folder is found under ``folder`` (stops at the first one)."""
    stack = [os.fspath(folder)]
    seen: set[tuple[int, int]] = set()
    while stack:
        try:
            with os.scandir(stack.pop()) as entries:
                for entry in entries:
                    try:
                        if not entry.is_dir():
                            return True
                        st = entry.stat()
                    except OSError:
                        return True  # a dangling link or an unreadable entry: the index accounts for it
                    if (st.st_dev, st.st_ino) not in seen:
                        seen.add((st.st_dev, st.st_ino))
                        stack.append(entry.path)
        except OSError:
            return True  # a folder that cannot be listed: the index gives it a row
    return False


def check_output(export_dir: str | os.PathLike, out_dir: str | os.PathLike) -> Path:
    """The output folder must be a writable folder outside the export (created when missing).

    Inside the export, the next build would index its own output (the export is input only).
    """
    export, out = Path(export_dir).resolve(), Path(out_dir).resolve()
    if out == export or export in out.parents:
        raise UserError(f"output folder {out_dir} is inside the export {export_dir}: the next build would read its "
                        "own output; choose a folder outside the export")
    if out.exists() and not out.is_dir():
        raise UserError(f"output {out_dir} is a file, not a folder: choose a folder (it is created when missing)")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(f"cannot create the output folder {out_dir}: {exc.strerror or exc}") from None
    try:
        fd, probe = tempfile.mkstemp(prefix=".sonolabel-write-check-", dir=out)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise UserError(f"cannot write to the output folder {out_dir}: {exc.strerror or exc}") from None
    return out
