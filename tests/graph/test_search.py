"""Text search: the word looked up first (rarest_token) changes how fast a search is, never what it finds."""

import pyoxigraph as ox
import pytest

from stikg.graph.search import phrase_key, rarest_token

PHRASES = ["thị trường khoa học", "khoa học và công nghệ", "Sở Khoa học và Công nghệ",
           "đổi mới sáng tạo", "phát triển thị trường khoa học và công nghệ"]


def holders(store, word: str) -> int:
    query = f'SELECT (COUNT(?s) AS ?n) WHERE {{ ?s <https://w3id.org/stikg/ontology#searchToken> "{word}" }}'
    return int(next(store.select(query))["n"])


def search(store, phrase: str, token: str) -> list[dict]:
    return store.named_rows("search", limit=1000, offset=0, token=ox.Literal(token),
                            text=ox.Literal(phrase_key(phrase)), kind=ox.Literal(""))


@pytest.mark.parametrize("phrase", PHRASES)
def test_the_rarest_word_is_looked_up_first_and_finds_the_same(built_store, phrase):
    counts = {w: holders(built_store, w) for w in set(phrase_key(phrase).split()) if len(w) > 1}
    rarest = rarest_token(built_store, phrase)
    assert counts[rarest] == min(counts.values())
    assert len(rarest) == max(len(w) for w, n in counts.items() if n == counts[rarest])  # the longest of equals
    longest = sorted(counts, key=lambda w: (-len(w), w))[0]
    found = search(built_store, phrase, rarest)
    assert found and found == search(built_store, phrase, longest)


def test_an_inner_word_no_title_holds_is_looked_up_and_finds_nothing(built_store):
    phrase = "khoa học zzqx công nghệ"
    assert rarest_token(built_store, phrase) == "zzqx"
    assert search(built_store, phrase, "zzqx") == []


def test_a_last_word_still_being_typed_is_not_looked_up(built_store):
    """'ngh' is no word of any title, but the phrase holds as the start of 'công nghệ'."""
    typed, whole = "khoa học và công ngh", "khoa học và công nghệ"
    token = rarest_token(built_store, typed)
    assert token != "ngh" and holders(built_store, token) > 0
    found = {row["item"] for row in search(built_store, typed, token)}
    assert found >= {row["item"] for row in search(built_store, whole, rarest_token(built_store, whole))} != set()


def test_one_word_or_none(built_store):
    assert rarest_token(built_store, "Khoa") == "khoa"
    assert rarest_token(built_store, "và các") is None
