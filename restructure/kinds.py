"""What a block is as printed: its kind, which classification gives and the passes refine.

The passes test blocks against the kinds by these module names (kinds.TITLE), not as
Kind.TITLE: Python 3.11 reads every Kind.X the slow way, as the enum metaclass defines
__getattr__, at more than the test itself costs (a page's some 750 tests took 6% of its
conversion's instructions), while a module's name is read at once.
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    TEXT = "text"  # body text: a paragraph or a piece of one
    LEAD = "lead"  # body text opening with a dateline formula: the start of an article
    TITLE = "title"  # short unpunctuated line: kicker, headline, subheadline or section head
    ITEM = "item"  # body text whole in itself: a list's point (● 菜品丰富，价格实惠, 1.完善设施), a line of verse
    BYLINE = "byline"
    PHOTO_CREDIT = "photo_credit"  # "X 摄" on a line of its own
    CAPTION = "caption"
    CREDIT = "credit"  # source note: (综合自:…)
    FURNITURE = "furniture"


TEXT = Kind.TEXT
LEAD = Kind.LEAD
TITLE = Kind.TITLE
ITEM = Kind.ITEM
BYLINE = Kind.BYLINE
PHOTO_CREDIT = Kind.PHOTO_CREDIT
CAPTION = Kind.CAPTION
CREDIT = Kind.CREDIT
FURNITURE = Kind.FURNITURE

BODY_TEXT = frozenset({TEXT, LEAD})
