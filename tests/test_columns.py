"""The measure a column tail is weighed by: how many pairs of neighbouring characters two texts share."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from restructure.document import pair_codes

# Any character, lone surrogates and characters beyond the Basic Multilingual Plane too.
TEXTS = st.text(st.characters(exclude_categories=()), max_size=40) | st.text("徐汇社区书房的了，。😀𠀀", max_size=40)


def bigrams(text: str) -> set[str]:
    return {text[i:i + 2] for i in range(len(text) - 1)}


@given(TEXTS, TEXTS)
def test_pair_codes_count_as_the_pairs_themselves(first: str, second: str) -> None:
    assert len(pair_codes(first)) == len(bigrams(first))
    assert len(pair_codes(first) & pair_codes(second)) == len(bigrams(first) & bigrams(second))
    assert len(pair_codes(first) - pair_codes(second)) == len(bigrams(first) - bigrams(second))


def test_pair_codes_of_short_texts() -> None:
    assert pair_codes("") == pair_codes("徐") == frozenset()
    assert len(pair_codes("徐汇")) == 1
    assert pair_codes("社区社区") == pair_codes("区社区") != pair_codes("社区")  # 社区 and 区社; 社区 alone
    assert len(pair_codes("社区书房") & pair_codes("新建书房")) == 1  # 书房
