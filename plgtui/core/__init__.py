"""The core: the journey, its file and every change to it, the meeting's clock and agenda, the
content and the translations. Nothing here imports Textual (tests/test_core_imports.py).
"""
