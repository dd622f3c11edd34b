"""``import nlp`` is cheap (spaCy loads lazily) and exports the documented API.

Run in a subprocess from the project root: under pytest, ``tests/nlp`` shadows the ``nlp``
package name for a bare ``import nlp`` (submodule imports such as ``nlp.pathology`` are fine).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_lazy_exports() -> None:
    code = (
        "import sys, nlp\n"
        "assert 'spacy' not in sys.modules, 'import nlp must not import spacy'\n"
        "assert set(nlp.__all__) >= {'breast_labels', 'extract_findings', 'extract_birads',"
        " 'resolve_radiology_birads', 'extract_pathology_findings', 'label_breasts'}\n"
        "print(nlp.breast_labels('Left breast, core: DCIS.')['L'])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "{'benign': False, 'malignant': True}"
