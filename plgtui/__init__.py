"""plgtui: a terminal workbook for one professional learning community of teachers."""

__version__ = "0.1.0"
