from stikg.api.media import GRAPHS, HTML, RESULTS, negotiate


def test_q_values_choose():
    assert negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULTS).key == "xml"
    assert negotiate("application/sparql-results+json;q=0.2, text/tab-separated-values;q=0.9", RESULTS).key == "tsv"
    assert negotiate("*/*", RESULTS).key == "json"
    assert negotiate(None, GRAPHS).key == "ttl"
    assert negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", (*GRAPHS, HTML)) is HTML
    assert negotiate("application/n-triples", GRAPHS).key == "nt"


def test_format_parameter_wins_and_unacceptable_is_none():
    assert negotiate("text/csv", RESULTS, "json").key == "json"
    assert negotiate("image/png", RESULTS) is None
    assert negotiate("text/csv;q=0", RESULTS) is None
