"""Atom feeds: documents as they are loaded, and the new documents that cite or carry out a given one."""

from xml.etree import ElementTree as ET

ATOM = "{http://www.w3.org/2005/Atom}"
DECISION_569 = "https://w3id.org/stikg/id/doc/vn/2022/569-qd-ttg"


def entries(answer) -> list[str]:
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(answer.content)
    assert feed.tag == ATOM + "feed" and feed.find(ATOM + "updated").text
    return [entry.find(ATOM + "title").text for entry in feed.findall(ATOM + "entry")]


def post(client, path, **params):
    files = [("files", (path.name, path.read_bytes(), "text/plain"))]
    answer = client.post("/api/documents", params=params, files=files)
    assert answer.status_code == 201, answer.text


def test_feeds_follow_loads_and_removals(writer_client, fixture_path):
    assert entries(writer_client.get("/feeds/documents.atom")) == []
    post(writer_client, fixture_path("nghe_an_plan.txt"))
    post(writer_client, fixture_path("nghe_an_plan.txt"))  # a re-send is no news
    post(writer_client, fixture_path("decision_with_markdown_table.txt"))
    loaded = entries(writer_client.get("/feeds/documents.atom"))
    assert len(loaded) == 2 and any(title.startswith("125/KH-UBND") for title in loaded)
    citing = entries(writer_client.get("/feeds/citing.atom", params={"iri": DECISION_569}))
    assert [title.split()[0] for title in citing] == ["125/KH-UBND"]  # Nghệ An carries out 569; Lâm Đồng's does not
    assert writer_client.delete("/api/documents/nghe-an/2024/125-kh-ubnd").status_code == 200
    assert entries(writer_client.get("/feeds/citing.atom", params={"iri": DECISION_569})) == []
    assert len(entries(writer_client.get("/feeds/documents.atom"))) == 1
    assert writer_client.get("/feeds/citing.atom", params={"iri": "not an iri"}).status_code == 422


def test_a_citing_feed_holds_the_newest_citing_documents_not_those_among_the_newest_of_all(writer_client,
                                                                                          fixture_path, monkeypatch):
    """Regression: the citing feed filtered the LIMIT newest loads of all, so a document loaded before LIMIT
    others that do not cite fell out of it."""
    from stikg.api import feeds

    monkeypatch.setattr(feeds, "LIMIT", 1)
    post(writer_client, fixture_path("nghe_an_plan.txt"))  # carries out 569
    post(writer_client, fixture_path("decision_with_markdown_table.txt"))  # newer, does not
    assert len(entries(writer_client.get("/feeds/documents.atom"))) == 1
    citing = entries(writer_client.get("/feeds/citing.atom", params={"iri": DECISION_569}))
    assert [title.split()[0] for title in citing] == ["125/KH-UBND"]
