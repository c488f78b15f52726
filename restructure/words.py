"""Does a line break cut a word in two? Asked of jieba's dictionary of Chinese words.

`复杂严` + `峻` → yes (严峻); `美好生活` + `徐汇区` → no. The tokenizer is built
once per process, on first use.
"""

from __future__ import annotations

import logging
from functools import cache

import jieba

WINDOW = 4  # characters looked at on each side of the break


@cache
def _tokenizer() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def tokens(text: str) -> list[str]:
    return list(_tokenizer().cut(text, HMM=False))


def cuts_word(left: str, right: str) -> bool:
    """True when a word was cut in two at the join of left and right.

    The dictionary's best segmentation of left+right must put one word across
    the join, and the cut must have left an orphan: a single character at the
    end of left or the start of right when each is read alone. Two whole words
    that happen to form a third (现场 + 会上 → 现场会) are not a cut.
    """
    left, right = left.rstrip()[-WINDOW:], right.lstrip()[:WINDOW]
    if not left or not right:
        return False
    offset = 0
    for token in tokens(left + right):
        end = offset + len(token)
        if offset < len(left) < end:
            return len(token) > 1 and (len(tokens(left)[-1]) == 1 or len(tokens(right)[0]) == 1)
        offset = end
    return False
