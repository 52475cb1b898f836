"""The core runs without a terminal: importing it must not import Textual."""

import subprocess
import sys

CORE = [
    "agreements", "attendance", "search", "export", "minutes_changes",
    "export_journey", "export_html", "exporting", "phases", "phase_changes",
    "question_guide", "question_changes",
    "model", "codec", "store", "storage", "journey_text", "rescue", "workbook", "i18n", "content", "validate", "demo",
    "timer", "techniques", "agenda", "live", "meeting_changes",
]


def test_core_does_not_import_textual():
    code = (
        "import sys\n"
        + "".join(f"import plgtui.{name}\n" for name in CORE)
        + "print(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
