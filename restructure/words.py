"""Does a line break cut a word in two? Asked of jieba's dictionary of Chinese words.

`复杂严` + `峻` → yes (严峻); `美好生活` + `徐汇区` → no. The tokenizer is built
once per process, on first use.
"""

from __future__ import annotations

import logging
from functools import cache, lru_cache

import jieba

WINDOW = 4  # characters looked at on each side of the break


@cache
def _tokenizer() -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


def warm_up() -> None:
    """Build the tokenizer now (~1.5 s): once in a batch's parent before it forks
    its workers, or once in each worker that starts afresh, never per page."""
    _tokenizer()


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
    if not left or not right or not may_span(left, right):
        return False
    offset = 0
    for token in tokens(left + right):
        end = offset + len(token)
        if offset < len(left) < end:
            if token.isascii() and token.isalnum():  # a number or Latin word broken by the line end
                return True
            return len(token) > 1 and (len(tokens(left)[-1]) == 1 or len(tokens(right)[0]) == 1)
        offset = end
    return False


def may_span(left: str, right: str) -> bool:
    """Whether any token could cross the join: a dictionary word across it, or a
    run of ASCII letters and digits (jieba keeps such a run as one token).

    A quick, exact no for most joins, before segmenting (the costly part).
    """
    if left[-1].isascii() and left[-1].isalnum() and right[0].isascii() and right[0].isalnum():
        return True
    frequencies = _tokenizer().FREQ  # words, and every prefix of a word with frequency 0
    for opening in word_openings(left):
        for end in range(1, len(right) + 1):
            frequency = frequencies.get(opening + right[:end])
            if frequency is None:
                break  # no word starts so: none longer does either
            if frequency:
                return True
    return False


@lru_cache(maxsize=1024)  # one cut paragraph is weighed against many candidate continuations
def word_openings(left: str) -> tuple[str, ...]:
    """The endings of left that begin some dictionary word (and may go on across a join)."""
    frequencies = _tokenizer().FREQ
    return tuple(left[start:] for start in range(len(left)) if left[start:] in frequencies)
