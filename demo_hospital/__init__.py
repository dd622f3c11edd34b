"""The demo hospital: a deterministic synthetic breast-ultrasound practice export with ground truth.

``generate_demo_export(DemoConfig(out_dir, n_patients, seed, workers, profile))`` writes DICOM files,
the EHR report tables and ``truth/`` (see docs/data_model.md). ``profile`` is ``easy`` (separable
cartoons, the fast tests' data) or ``realistic`` (overlapping lesion looks, occult cancers, reports
from a grammar; see demo_hospital.profiles and docs/demo_export.md). Pipeline code never imports this package;
it imports nothing from the pipeline except :mod:`curation.reason_codes`.
"""

from demo_hospital.export import DemoConfig, generate_demo_export

__all__ = ["DemoConfig", "generate_demo_export"]
