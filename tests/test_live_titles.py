"""How a block is named in the live view's head."""

from __future__ import annotations

from plgtui.core.model import Block, BlockKind
from plgtui.tui.widgets.live_panels import block_title


def test_a_title_is_never_prefixed_with_its_kind_twice():
    brainstorm = Block(id=1, kind=BlockKind.BRAINSTORM, title="Brainstorm in groepjes", minutes=9)
    assert block_title(brainstorm) == "Brainstorm in groepjes"
    question = Block(id=2, kind=BlockKind.BRAINSTORM, title="Welke bronnen?", minutes=9)
    assert block_title(question) == "Brainstorm: Welke bronnen?"
