"""MarkdownText lays the screen out again only when its new text takes another number of lines
(a layout redraws the whole screen: beside the notes, most of an autosave's cost)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import VerticalScroll

from plgtui.tui.widgets.markdown_text import MarkdownText


class Preview(App):
    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield MarkdownText("Een eerste zin.\n\n- een punt", id="preview")


async def test_same_height_redraws_the_text_only_and_more_lines_lay_out_again():
    app = Preview()
    async with app.run_test(size=(60, 20)) as pilot:
        preview = app.query_one(MarkdownText)
        assert preview.size.height == 3
        layouts = []
        real = preview.refresh

        def refresh(*regions, layout=False, **kwargs):
            layouts.append(layout)
            return real(*regions, layout=layout, **kwargs)

        preview.refresh = refresh
        preview.update_markdown("Een andere zin.\n\n- nog een punt")
        await pilot.pause()
        assert layouts and not any(layouts)
        assert "nog een punt" in "".join(s.text for s in preview.render_lines(preview.region))

        layouts.clear()
        preview.update_markdown("Een andere zin.\n\n- nog een punt\n- en een derde\n- en vier")
        await pilot.pause()
        assert any(layouts)
        assert preview.size.height == 5  # laid out: every line shows
