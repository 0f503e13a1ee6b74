"""Text search: the word looked up first (rarest_token) changes how fast a search is, never what it finds."""

from collections import defaultdict

import pyoxigraph as ox
import pytest
from rdflib import Literal

from stikg.graph.build import DocumentIndex, build_graph
from stikg.graph.ingest import ingest, remove
from stikg.graph.search import key_words, phrase_key, rarest_token
from stikg.graph.store import GraphStore
from stikg.graph.vocab import STI

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


def assert_tokens_follow_keys(store: GraphStore) -> None:
    """In every graph (the merged one too), an item's search tokens are the words of its phrase keys."""
    rows = store.select(f"SELECT ?g ?s ?p ?o WHERE {{ {{ GRAPH ?g {{ ?s ?p ?o }} }} UNION {{ ?s ?p ?o }} "
                        f"FILTER(?p IN (<{STI.searchToken}>, <{STI.searchText}>)) }}")
    tokens, expected = defaultdict(set), defaultdict(set)
    for row in rows:
        if row["p"] == str(STI.searchToken):
            tokens[row["g"]].add((row["s"], row["o"]))
        else:
            expected[row["g"]] |= {(row["s"], word) for word in key_words(row["o"])}
    assert len(expected) > 3 and sum(map(len, expected.values())) > 500
    assert tokens == expected


def test_the_store_indexes_each_phrase_key_by_its_words_through_changes(sample_sources, minter):
    index = DocumentIndex.of(s.record for s in sample_sources)
    graph_iri, graph = build_graph(sample_sources[0], index, minter)
    assert (None, STI.searchText, None) in graph and (None, STI.searchToken, None) not in graph  # the store's job

    store = GraphStore(None)
    ingest(store, sample_sources[:3], minter)  # a new store: loaded at once
    assert_tokens_follow_keys(store)
    ingest(store, sample_sources[3:], minter)  # then one transaction each
    assert_tokens_follow_keys(store)
    document = next(graph.subjects(STI.sourceFile, None))
    graph.set((document, STI.searchText, Literal("zzqx thu nghiem")))  # retitled
    store.replace_graph(graph_iri, graph)
    assert_tokens_follow_keys(store)
    assert holders(store, "zzqx") == 1
    remove(store, graph_iri, minter)
    assert_tokens_follow_keys(store)
    assert holders(store, "zzqx") == 0
