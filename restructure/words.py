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


def cuts_word(left: str, right: str) -> bool:
    """True when the dictionary's best segmentation of left+right puts one word across the join."""
    left, right = left.rstrip()[-WINDOW:], right.lstrip()[:WINDOW]
    if not left or not right:
        return False
    offset = 0
    for token in _tokenizer().cut(left + right, HMM=False):
        end = offset + len(token)
        if offset < len(left) < end:
            return len(token) > 1
        offset = end
    return False
