"""SonoLabel: breast-ultrasound dataset curation, labeling and MIL modeling."""

__version__ = "0.1.0"
