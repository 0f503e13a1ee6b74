import pyoxigraph as ox
import pytest

from stikg.graph.queries import QueryError, bind, named_queries, named_query, parse_header
from stikg.graph.search import phrase_key
from stikg.graph.store import CUSTOM_FUNCTIONS


def test_every_query_file_has_a_header_and_parses():
    queries = named_queries()
    assert {"lineage_up", "lineage_down", "tasks_by_agency", "targets_by_indicator", "cited_never_implemented",
            "tasks_without_lead"} <= set(queries)
    for query in queries.values():
        assert query.title and query.description
        ox.Store().query(query.text, custom_functions=CUSTOM_FUNCTIONS)  # parses (an empty store answers nothing)


def test_header_fields_and_parameters():
    query = parse_header("q", "# title: T\n# description: first\n#   second\n# param: agency iri The agency\nSELECT")
    assert query.description == "first second"
    assert [(p.name, p.type, p.description) for p in query.params] == [("agency", "iri", "The agency")]


def test_parameters_bound_as_typed_terms():
    query = named_query("tasks_by_agency")
    assert bind(query, {"agency": "https://example.org/agency/x"}) == {
        "agency": ox.NamedNode("https://example.org/agency/x")}


@pytest.mark.parametrize(
    "value", ["not an iri", "https://example.org/a> } ; DROP ALL ; #", "<https://example.org/a>", "x\ny:z"])
def test_injection_attempts_are_refused(value):
    with pytest.raises(QueryError, match="not an IRI"):
        bind(named_query("tasks_by_agency"), {"agency": value})


def test_missing_and_unknown_parameters():
    with pytest.raises(QueryError, match="needs agency"):
        bind(named_query("tasks_by_agency"), {})
    with pytest.raises(QueryError, match="no parameter"):
        bind(named_query("tasks_by_agency"), {"agency": "https://e.org/a", "x": "1"})
    with pytest.raises(QueryError, match="no named query"):
        named_query("nope")


def test_string_parameters_stay_literals(built_store):
    rows = list(built_store.select(named_query("documents_by_number").text,
                                   **bind(named_query("documents_by_number"), {"number": "569/QĐ - TTg"})))
    assert len(rows) == 1
    rows = list(built_store.select(named_query("documents_by_number").text,
                                   **bind(named_query("documents_by_number"), {"number": '" } ?x ?y ?z { "'})))
    assert rows == []


def test_a_paged_query_runs_a_page_at_a_time(built_store):
    """The page clause is set by the caller; the pages, in order, give every row of the whole answer once."""
    search = named_query("search")
    assert search.paged and not named_query("tasks_by_agency").paged
    with pytest.raises(QueryError, match="not paged"):
        built_store.named_rows("tasks_by_agency", limit=5, agency=ox.NamedNode("https://example.org/a"))
    terms = bind(search, {"token": "khoa", "text": "Khoa học", "kind": ""})
    whole = [r["item"] for r in built_store.named_rows("search", **terms)]
    pages = [r["item"] for offset in range(0, len(whole) + 7, 7)
             for r in built_store.named_rows("search", limit=7, offset=offset, **terms)]
    assert len(whole) > 14 and len(set(whole)) == len(whole) and sorted(pages) == sorted(whole)


def test_text_parameters_are_matched_without_punctuation_or_stop_words():
    from stikg.graph.search import phrase_key

    assert phrase_key("Sở Khoa học và Công nghệ") == "so khoa hoc cong nghe"
    assert bind(named_query("search"), {"token": "khoa", "text": "khoa học, và  công nghệ!", "kind": ""})["text"] == \
        ox.Literal("khoa hoc cong nghe")
    iri = "https://w3id.org/stikg/id/jurisdiction/tay-ninh"  # a name or an IRI: the IRI is kept
    assert bind(named_query("plans"), {"jurisdiction": iri})["jurisdiction"] == ox.Literal(iri)


def test_number_search_finds_a_number_from_the_start_of_any_of_its_words(built_store):
    """Every printed number of the sample: found whole and by its first word (the digits), each part keyed as a
    search is; not found by a word's tail (69 is not 569), unless another of its words starts so."""
    numbered = {r["document"]: r["number"] for r in built_store.select(
        "SELECT ?document ?number WHERE { ?document <https://w3id.org/stikg/ontology#documentNumber> ?number }")}
    query = named_query("documents_number_search")

    def found(text: str) -> set[str]:
        return {r["document"] for r in built_store.named_rows("documents_number_search", **bind(query, {"text": text}))}

    assert len(numbered) > 20
    for document, number in numbered.items():
        words = phrase_key(number).split()
        assert document in found(number) and document in found(words[0]), number
        tail = words[0][1:]
        if tail and not any(w.startswith(tail) for w in words):
            assert document not in found(tail), number


def test_number_search_pages_stably_each_page_sorted(built_store):
    query = named_query("documents_number_search")
    terms = bind(query, {"text": "qđ"})
    whole = [r["document"] for r in built_store.named_rows("documents_number_search", **terms)]
    pages = [[r["document"] for r in built_store.named_rows("documents_number_search", limit=3, offset=offset,
                                                            **terms)] for offset in range(0, len(whole) + 3, 3)]
    assert len(whole) > 6 and all(page == sorted(page) for page in pages)
    assert sorted(d for page in pages for d in page) == sorted(whole)
