"""A Markdown export as one self-contained HTML page, for people who just double-click a file.

Raw HTML in the Markdown is not passed through, so a `<script>` someone typed stays text.
"""

from __future__ import annotations

import html

STYLE = """
body { font: 16px/1.5 system-ui, sans-serif; max-width: 52rem; margin: 2rem auto; padding: 0 1rem;
       color: #1b1b1b; }
h1, h2, h3, h4 { line-height: 1.25; margin-top: 1.6em; }
h1 { border-bottom: 2px solid #2b5b84; padding-bottom: .2em; }
table { border-collapse: collapse; margin: .6em 0 1.2em; width: 100%; }
th, td { border: 1px solid #c8c8c8; padding: .3em .6em; text-align: left; vertical-align: top; }
th { background: #eef3f8; }
blockquote { border-left: 4px solid #2b5b84; margin: 1em 0; padding: .2em 1em; color: #333; }
code, pre { background: #f4f4f4; }
@media print { body { margin: 0; max-width: none; } h2, h3 { break-after: avoid; }
               tr { break-inside: avoid; } }
""".strip()


def to_html(markdown: str, title: str, lang: str) -> str:
    from markdown_it import MarkdownIt  # only exports pay for the import

    parser = MarkdownIt("commonmark", {"html": False}).enable(["table", "strikethrough"])
    body = parser.render(markdown)
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{html.escape(title)}</title>\n<style>\n{STYLE}\n</style>\n</head>\n"
        f"<body>\n{body}</body>\n</html>\n"
    )
