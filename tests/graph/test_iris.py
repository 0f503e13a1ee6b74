from rdflib import URIRef

from stikg.graph.iris import Minter, slug


def test_slugs_are_ascii_and_readable():
    assert slug("569/QĐ-TTg") == "569-qd-ttg"
    assert slug("16/2021/NQ-HĐND") == "16-2021-nq-hdnd"
    assert slug("Sở Khoa học và Công nghệ") == "so-khoa-hoc-va-cong-nghe"
    assert slug("Bà Rịa - Vũng Tàu") == "ba-ria-vung-tau"


def test_document_identity_is_number_jurisdiction_and_year():
    mint = Minter("https://example.org/")
    assert mint.document(None, 2022, "569/QĐ-TTg") == URIRef("https://example.org/doc/vn/2022/569-qd-ttg")
    assert mint.document("Tây Ninh", 2023, "2502/KH-UBND") != mint.document("Bến Tre", 2023, "2502/KH-UBND")
    assert mint.document(None, None, "36/QĐ-TTg") == URIRef("https://example.org/doc/vn/undated/36-qd-ttg")
    assert mint.agency("Tây Ninh", "Sở Khoa học và Công nghệ") != mint.agency("Bến Tre", "Sở Khoa học và Công nghệ")
    doc = mint.document("Tây Ninh", 2023, "2502/KH-UBND")
    assert mint.graph_of(doc) == URIRef("https://example.org/graph/tay-ninh/2023/2502-kh-ubnd")
