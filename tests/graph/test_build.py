from rdflib import Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, SKOS

from stikg.graph.build import DocumentIndex, SourceDocument, build_graph
from stikg.graph.extract import extract_text
from stikg.graph.extract.text import prepare
from stikg.graph.validate import validate
from stikg.graph.vocab import OA, STI


def built(sources, minter):
    index = DocumentIndex.of(s.record for s in sources)
    return {s.name: build_graph(s, index, minter)[1] for s in sources}


def test_building_twice_gives_isomorphic_graphs(sample_sources, minter):
    first, second = built(sample_sources, minter), built(sample_sources, minter)
    for name in first:
        assert isomorphic(first[name], second[name]), name


def test_a_national_decision_cited_from_two_provinces_is_one_node(sample_sources, minter):
    union = Graph()
    for g in built(sample_sources, minter).values():
        union += g
    nodes = set(union.subjects(STI.documentNumber, Literal("569/QĐ-TTg")))
    assert nodes == {minter.document(None, 2022, "569/QĐ-TTg")}
    citing = {s for s, _, o in union.triples((None, None, next(iter(nodes)))) if (s, RDF.type, STI.Plan) in union}
    provinces = {str(union.value(s, STI.jurisdiction)) for s in citing}
    assert len(provinces) == 2


def test_one_agency_per_jurisdiction_and_name(sample_sources, minter):
    union = Graph()
    for g in built(sample_sources, minter).values():
        union += g
    agencies = list(union.subjects(RDF.type, STI.Agency))
    pairs = {(union.value(a, STI.jurisdiction), union.value(a, SKOS.prefLabel)) for a in agencies}
    assert len(pairs) == len(agencies)
    science = [a for a in agencies if union.value(a, SKOS.prefLabel) == Literal("Sở Khoa học và Công nghệ", lang="vi")]
    assert len({union.value(a, STI.jurisdiction) for a in science}) == len(science) >= 4
    assert all(union.value(a, STI.agencyKind) == minter.concept("agency-kind", "so_khcn") for a in science)


def test_quotes_occur_at_their_offsets(sample_sources, minter):
    graphs = built(sample_sources, minter)
    for source in sample_sources:
        g = graphs[source.name]
        checked = 0
        for node in g.subjects(RDF.type, OA.SpecificResource):
            start = end = exact = None
            for selector in g.objects(node, OA.hasSelector):
                if (selector, RDF.type, OA.TextPositionSelector) in g:
                    start, end = int(g.value(selector, OA.start)), int(g.value(selector, OA.end))
                else:
                    exact = str(g.value(selector, OA.exact))
            assert source.text[start:end] == exact
            checked += 1
        tasks = len(list(g.subjects(RDF.type, STI.Task)))
        targets = len(list(g.subjects(RDF.type, STI.Target)))
        assert checked >= tasks + targets


def test_undated_reference_resolves_to_the_known_dated_document(minter):
    text_a = ("ỦY BAN NHÂN DÂN TỈNH AN GIANG\nSố: 1/KH-UBND\nAn Giang, ngày 02 tháng 01 năm 2024\nKẾ HOẠCH\n"
              "THỰC HIỆN CHIẾN LƯỢC\nThực hiện Quyết định số 569/QĐ-TTg ngày 11/5/2022 của Thủ tướng Chính phủ:\n"
              "I. MỤC TIÊU\n- Đạt 40%.")
    text_b = ("ỦY BAN NHÂN DÂN TỈNH CÀ MAU\nSố: 2/KH-UBND\nCà Mau, ngày 03 tháng 01 năm 2024\nKẾ HOẠCH\n"
              "THỰC HIỆN CHIẾN LƯỢC\nThực hiện Quyết định số 569/QĐ-TTg của Thủ tướng Chính phủ:\n"
              "I. MỤC TIÊU\n- Đạt 45%.")
    sources = [SourceDocument(name, name * 8, prepare(t), extract_text(prepare(t), name))
               for name, t in (("a.txt", text_a), ("b.txt", text_b))]
    sources = [SourceDocument(s.name, f"{i:064x}", s.text, s.record) for i, s in enumerate(sources, 1)]
    graphs = built(sources, minter)
    dated = minter.document(None, 2022, "569/QĐ-TTg")
    for g in graphs.values():
        assert (None, STI.implements, dated) in g


def test_a_plan_with_two_task_appendices_numbered_alike_keeps_every_task(minter):
    """Regression: both appendices' "1" minted one task IRI, and the plan was refused (two titles, two spans)."""
    table = "TT | Tên nhiệm vụ | Cơ quan chủ trì | Thời gian\n1 | {} | Sở KH&CN | 2024\n"
    text = prepare("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC\nSố: 89/KH-UBND\nBình Phước, ngày 11 tháng 4 năm 2024\n"
                   "KẾ HOẠCH\nPHÁT TRIỂN KHOA HỌC\nI. NHIỆM VỤ\nChi tiết tại Phụ lục.\nNơi nhận:\n- Lưu: VT.\n"
                   "PHỤ LỤC I\n" + table.format("Xây dựng cơ sở dữ liệu") + "PHỤ LỤC II\n" + table.format("Kết nối"))
    source = SourceDocument("p.txt", "0" * 64, text, extract_text(text, "p.txt"))
    graph = built([source], minter)["p.txt"]
    assert len(set(graph.subjects(RDF.type, STI.Task))) == 2
    assert validate(graph).conforms
