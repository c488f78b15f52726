"""Does a line break cut a word in two? Asked of jieba's dictionary of Chinese words.

`复杂严` + `峻` → yes (严峻); `美好生活` + `徐汇区` → no. The tokenizer is built
once per process, on first use.
"""

from __future__ import annotations

import logging
import math
import re
from functools import cache, lru_cache
from typing import NamedTuple

import jieba

WINDOW = 4  # characters looked at on each side of the break
# How much likelier, in natural log, a word cut in two is read whole than as its two
# halves apart (生|活 9.3, 社|区 8.3, 街|道 5.2, 月|底 3.7 against 活动|区 0.8, 现场|会 2.2):
# enough for a cut, and enough to be sure of one (实|在 4.5 is not).
MIN_COHESION = 3.0
SURE_COHESION = 5.0
# A run of the characters jieba reads with its dictionary alone, the common ideographs: its
# words are the route jieba finds, read here without its generators and block splitting, at a
# third of the cost (every title piece that heads no text has its last word read).
DICTIONARY_RUN = re.compile("[\u4e00-\u9fd5]+")
# The run of characters jieba segments together (its re_han_default) that ends a text.
BLOCK_AT_END = re.compile(f"{jieba.re_han_default.pattern}$")


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
    """text's words as jieba reads them with its dictionary (cut, HMM=False)."""
    if DICTIONARY_RUN.fullmatch(text):  # most texts asked, a few characters each
        ends = route_ends(text)
        return [text[start:end] for start, end in zip([0, *ends], ends, strict=False)]
    return list(_tokenizer().cut(text, HMM=False))


class Cut(NamedTuple):
    """A word the join of two texts cuts in two."""
    orphan_left: bool  # the cut leaves a single character at the end of left, read alone
    orphan_right: bool  # … or at the start of right


def cuts_word(left: str, right: str) -> bool:
    """True when a word was cut in two at the join of left and right.

    The dictionary's best segmentation of left+right must put one word across
    the join, and the cut must have left an orphan: a single character at the
    end of left or the start of right when each is read alone. Two whole words
    that happen to form a third (现场 + 会上 → 现场会, 活动 + 区 → 活动区) are not a cut.
    """
    cut = cut_at_join(left, right, MIN_COHESION)
    return cut is not None and (cut.orphan_left or cut.orphan_right)


def finishes_word(left: str, right: str) -> bool:
    """right surely finishes a word that left leaves unfinished (日常生 + 活): an orphan at
    the end of left and halves rarely seen apart. A headline ends on a whole word: a caller
    weighing many texts after one left asks may_end_mid_word(left) first, and once."""
    cut = cut_at_join(left, right, SURE_COHESION)
    return cut is not None and cut.orphan_left


def reads_as_words(text: str) -> bool:
    """text is two or more dictionary words of two or more characters, and nothing else
    (明年 通车): a phrase, not a name. A name read alone splits into single characters, or
    keeps one (王国 庆), or is a word of the dictionary itself (李国强)."""
    found = tokens(text)
    return len(found) >= 2 and all(len(token) >= 2 for token in found)


def may_end_mid_word(text: str) -> bool:
    """Whether some text joined after text could finish a word it leaves unfinished:
    read alone, it ends on a single character or on a run of Latin letters or digits."""
    ending = left_window(text)
    return bool(ending) and (len(last_word(ending)) == 1 or is_ascii_alnum(ending[-1]))


class JoinEnd:
    """A text's end, read once for joins to many texts after it (a cut paragraph weighed against
    each candidate tail): which of them a word could cross at all."""

    __slots__ = ("latin", "openings")

    def __init__(self, left: str) -> None:
        window = left_window(left)
        self.openings = word_openings(window) if window else ()
        self.latin = bool(window) and is_ascii_alnum(window[-1])

    def may_cross(self, right: str) -> bool:
        """Whether a dictionary word or a run of Latin letters and digits could cross the join with
        right. When none can (most texts), cut_at_join finds no cut, and is spared."""
        first = right.lstrip()[:1]
        if not first:
            return False
        if self.latin and is_ascii_alnum(first):
            return True
        frequencies = _tokenizer().FREQ  # words, and every prefix of a word
        for opening in self.openings:  # noqa: SIM110 (a loop: cheaper than any() over a generator)
            if opening + first in frequencies:
                return True
        return False


def left_window(text: str) -> str:
    """The end of text that a join looks at."""
    return text.rstrip()[-WINDOW:]


def cut_at_join(left: str, right: str, min_cohesion: float) -> Cut | None:
    """The word the dictionary reads across the join of left and right, if its halves
    cohere at least min_cohesion (see cohesion(); a run of ASCII letters or digits always does)."""
    left, right = left_window(left), right.lstrip()[:WINDOW]
    # The word read across is one of the words that span the join: when none of them
    # coheres enough (most joins), segmenting (the costly part) is spared.
    if not left or not right or strongest_span(left, right) < min_cohesion:
        return None
    offset = 0
    for token in tokens(left + right):
        end = offset + len(token)
        if offset < len(left) < end:
            if token.isascii() and token.isalnum():  # a number or Latin word broken by the line end
                return Cut(orphan_left=True, orphan_right=True)
            if cohesion(token[:len(left) - offset], token[len(left) - offset:]) < min_cohesion:
                return None
            return Cut(orphan_left=len(last_word(left)) == 1, orphan_right=len(first_word(right)) == 1)
        offset = end
    return None


@lru_cache(maxsize=1024)  # one cut text's end is weighed against many candidate continuations
def last_word(text: str) -> str:
    """The word text ends with, as jieba reads it. jieba segments each run of its block's characters
    apart and yields any other character alone: only the last run is read (…发布会” ends on ”)."""
    run = BLOCK_AT_END.search(text)
    return tokens(run.group())[-1] if run else text[-1:]


@lru_cache(maxsize=1024)  # a candidate continuation is weighed against every cut paragraph near it
def first_word(text: str) -> str:
    """The word text opens with, as the dictionary reads it (和平新村… → 和平, 和商旅… → 和);
    only the first run of jieba's block characters is read, as in last_word."""
    text = text.lstrip()[:WINDOW]
    run = jieba.re_han_default.match(text)
    return tokens(run.group())[0] if run else text[:1]


def route_ends(run: str) -> list[int]:
    """Where each word of run ends, as jieba reads it (cut with HMM=False): the likeliest route
    over the dictionary's words (a character alone where none starts), a tie going to the longer word."""
    tokenizer = _tokenizer()
    frequencies, log_total = tokenizer.FREQ, math.log(tokenizer.total)
    # best[start]: the log-likelihood of the likeliest route from start to the run's end, and
    # where the first word of that route has its last character.
    best: list[tuple[float, int]] = [(0.0, 0)] * (len(run) + 1)
    for start in range(len(run) - 1, -1, -1):
        choice: tuple[float, int] | None = None
        end, word = start, run[start]
        while end < len(run) and word in frequencies:  # the dictionary holds every prefix of its words
            if frequencies[word]:
                option = (math.log(frequencies[word]) - log_total + best[end + 1][0], end)
                choice = option if choice is None or option > choice else choice
            end += 1
            word = run[start:end + 1]
        best[start] = choice or (-log_total + best[start + 1][0], start)  # no word here: the character alone
    ends, start = [], 0
    while start < len(run):
        start = best[start][1] + 1
        ends.append(start)
    return ends


def is_ascii_alnum(character: str) -> bool:
    """A Latin letter or a digit: jieba keeps a run of them as one token."""
    return character.isascii() and character.isalnum()


def cohesion(first: str, second: str) -> float:
    """Pointwise mutual information of the two halves of the word first+second, from
    the dictionary's frequencies: high when the halves are rare on their own (生 + 活),
    low when they are common words that happen to form a third (实 + 在)."""
    tokenizer = _tokenizer()
    frequencies = tokenizer.FREQ
    whole = frequencies.get(first + second) or 1
    return math.log(whole * tokenizer.total / ((frequencies.get(first) or 1) * (frequencies.get(second) or 1)))


def strongest_span(left: str, right: str) -> float:
    """The highest cohesion of a token that could cross the join: a dictionary word
    across it, or a run of ASCII letters and digits (jieba keeps such a run as one
    token, infinitely cohesive); minus infinity when none can.
    """
    if is_ascii_alnum(left[-1]) and is_ascii_alnum(right[0]):
        return math.inf
    frequencies = _tokenizer().FREQ  # words, and every prefix of a word with frequency 0
    strongest = -math.inf
    for opening in word_openings(left):
        word = opening  # grown a character at a time: cheaper than slicing right for each length
        for character in right:
            word += character
            frequency = frequencies.get(word)
            if frequency is None:
                break  # no word starts so: none longer does either
            if frequency:
                strongest = max(strongest, cohesion(opening, word[len(opening):]))
    return strongest


@lru_cache(maxsize=1024)  # one cut paragraph is weighed against many candidate continuations
def word_openings(left: str) -> tuple[str, ...]:
    """The endings of left that begin some dictionary word (and may go on across a join)."""
    frequencies = _tokenizer().FREQ
    return tuple(left[start:] for start in range(len(left)) if left[start:] in frequencies)
