import pytest

from stikg.api.guard import Refused, check_query, query_form

GRAPHS = {"https://example.org/g"}


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("INSERT DATA { <a:b> <a:c> <a:d> }", "read-only"),
        ("PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }", "read-only"),
        ("DROP ALL", "read-only"),
        ("SELECT * WHERE { SERVICE <http://evil.example/sparql> { ?s ?p ?o } }", "SERVICE"),
        ("select * where { service silent <http://e/s> { ?s ?p ?o } }", "SERVICE"),
        ("SELECT * FROM <http://evil.example/data.ttl> WHERE { ?s ?p ?o }", "never fetches"),
        ("SELECT * FROM NAMED <http://evil.example/g> WHERE { GRAPH ?g { ?s ?p ?o } }", "never fetches"),
    ],
)
def test_refused(query, reason):
    with pytest.raises(Refused, match=reason):
        check_query(query, GRAPHS)


@pytest.mark.parametrize(
    "query",
    [
        'SELECT * WHERE { ?s ?p "SERVICE <http://x> INSERT" }',
        "# SERVICE in a comment\nASK {}",
        "PREFIX ex: <http://example.org/#SERVICE> ASK { ?s ex:p ?o }",
        "SELECT * FROM <https://example.org/g> WHERE { ?s ?p ?o }",
    ],
)
def test_allowed(query):
    check_query(query, GRAPHS)


def test_query_form():
    assert query_form("PREFIX a: <http://a/> BASE <http://b/> construct { ?s ?p ?o } where {}") == "CONSTRUCT"
    assert query_form("INSERT DATA {}") is None
