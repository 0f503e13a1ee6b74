"""Links by title: a document named only by its title is linked to the numbered document that issues it."""

import pyoxigraph as ox
import pytest
from rdflib import URIRef

import stikg.graph.ingest as ingest_module
from stikg.graph.build import SourceDocument
from stikg.graph.extract import extract_text
from stikg.graph.extract.text import prepare
from stikg.graph.ingest import ingest, remove
from stikg.graph.lineage import lineage_down, lineage_down_provinces
from stikg.graph.store import GraphStore
from stikg.graph.title_links import THRESHOLD, confidence, issued_name, mentions
from stikg.graph.vocab import STI

DECISION = """THỦ TƯỚNG CHÍNH PHỦ
Số: 777/QĐ-TTg
Hà Nội, ngày 01 tháng 3 năm 2022
QUYẾT ĐỊNH
Ban hành Chương trình hỗ trợ phát triển doanh nghiệp khoa học và công nghệ đến năm 2030
Điều 1. Ban hành kèm theo Quyết định này Chương trình hỗ trợ phát triển doanh nghiệp khoa học và công nghệ đến năm 2030.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
KT. THỦ TƯỚNG
"""
PLAN = """ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Số: 91/KH-UBND
Ninh Bình, ngày 10 tháng 5 năm 2023
KẾ HOẠCH
Triển khai Chương trình hỗ trợ phát triển doanh nghiệp khoa học và công nghệ trên địa bàn tỉnh Ninh Bình đến năm 2030
I. MỤC TIÊU
- Hình thành 20 doanh nghiệp khoa học và công nghệ.
II. NHIỆM VỤ VÀ GIẢI PHÁP
1. Hỗ trợ doanh nghiệp đăng ký chứng nhận doanh nghiệp khoa học và công nghệ
Cơ quan chủ trì: Sở Khoa học và Công nghệ.
III. TỔ CHỨC THỰC HIỆN
Nơi nhận:
TM. ỦY BAN NHÂN DÂN
"""
UNRELATED = PLAN.replace("91/KH-UBND", "92/KH-UBND").replace(
    "Triển khai Chương trình hỗ trợ phát triển doanh nghiệp khoa học và công nghệ",
    "Triển khai Chương trình chuyển đổi số nông nghiệp")


def source(name: str, text: str) -> SourceDocument:
    text = prepare(text)
    return SourceDocument(name, name.encode().hex().ljust(64, "0")[:64], text, extract_text(text, name))


def test_the_words_of_a_mention_and_of_an_issued_name():
    assert issued_name("ban hành Chương trình phát triển thị trường KH&CN đến năm 2030") == \
        "Chương trình phát triển thị trường KH&CN đến năm 2030"
    assert mentions("triển khai Chương trình phát triển thị trường khoa học và công nghệ quốc gia") == [
        "Chương trình phát triển thị trường khoa học và công nghệ quốc gia"]
    assert mentions("Chương trình phát triển thị trường khoa học và công nghệ") == []  # its own name
    assert mentions("thực hiện Kế hoạch số 12/KH-UBND về chuyển đổi số") == []  # numbered: not by title
    name = "Chương trình phát triển thị trường Khoa học và Công nghệ đến năm 2030"
    placed = "Chương trình phát triển thị trường khoa học và công nghệ quốc gia trên địa bàn tỉnh Tây Ninh đến năm 2030"
    assert confidence(placed, name) == 1.0  # the province and "quốc gia" say nothing of which programme
    assert confidence("Chương trình chuyển đổi số nông nghiệp đến năm 2030", name) < THRESHOLD


def test_a_plan_that_names_a_programme_by_title_is_linked_and_marked(minter):
    store = GraphStore(None)
    ingest(store, [source("decision.txt", DECISION), source("plan.txt", PLAN), source("other.txt", UNRELATED)],
           minter)
    decision = minter.base + "doc/vn/2022/777-qd-ttg"
    below = lineage_down(store, decision)
    [plan] = below["Ninh Bình"]
    assert plan["number"] == "91/KH-UBND"
    assert plan["titleMatch"]["matched"] == decision and plan["titleMatch"]["confidence"] >= THRESHOLD
    assert all(task["titleMatch"]["mentionedIn"] == plan["plan"] for task in plan["tasks"])
    unresolved = store.named_rows("unresolved_title_mentions")
    assert [row["document"].rsplit("/", 1)[-1] for row in unresolved] == ["92-kh-ubnd"]
    assert float(unresolved[0]["confidence"]) < THRESHOLD and unresolved[0]["candidate"] == decision


def test_the_link_goes_with_the_plan_that_made_it(minter):
    store = GraphStore(None)
    ingest(store, [source("decision.txt", DECISION), source("plan.txt", PLAN)], minter)
    decision = ox.NamedNode(minter.base + "doc/vn/2022/777-qd-ttg")
    assert store.named_rows("title_links_down", document=decision)
    remove(store, URIRef(minter.base + "graph/ninh-binh/2023/91-kh-ubnd"), minter)
    assert store.named_rows("title_links_down", document=decision) == []


def test_tay_ninh_5008_reaches_1158_by_title(built_store, minter):
    below = lineage_down(built_store, minter.base + "doc/vn/2021/1158-qd-ttg")
    tay_ninh = {plan["number"]: plan for plan in below["Tây Ninh"]}
    assert tay_ninh["5008/KH-UBND"]["titleMatch"]["confidence"] >= THRESHOLD
    [task] = [t for t in tay_ninh["2502/KH-UBND"]["tasks"] if "titleMatch" in t]
    assert task["id"] == "appendix:19"
    assert task["titleMatch"]["mentionedIn"].endswith("/doc/tay-ninh/2021/5008-kh-ubnd")


def title_links(store, minter) -> set:
    """The names issued and every document's links by title."""
    return {(graph, *triple) for graph in store.graphs() if graph.startswith(minter.base + "graph/title-links")
            for triple in store.graph(graph)}


def test_links_found_one_document_at_a_time_are_those_found_at_once(sample_sources, minter):
    """An ingest finds again only the links of the documents it touches, unless what documents issue by name
    changed; through additions, a replacement and a removal, the links stay those of one build of the end state."""
    renamed = PLAN.replace("Triển khai Chương trình hỗ trợ phát triển doanh nghiệp khoa học và công nghệ",
                           "Triển khai Chương trình chuyển đổi số nông nghiệp")
    citing = PLAN.replace("91/KH-UBND", "93/KH-UBND").replace(  # cites the programme's decision by number only
        "I. MỤC TIÊU", "Căn cứ Quyết định số 777/QĐ-TTg ngày 01/3/2022 của Thủ tướng Chính phủ;\nI. MỤC TIÊU")
    steps = [source("plan.txt", PLAN), source("other.txt", UNRELATED), source("citing.txt", citing),
             *sample_sources,
             source("decision.txt", DECISION),  # a new issued name: every mention is matched again (the citing
             # plan's then matches what it cites by number, and its links go)
             source("plan.txt", renamed)]  # the same plan with another title: its old mention goes
    citing_links = minter.base + "graph/title-links/ninh-binh/2023/93-kh-ubnd"
    unmatched = {"citing.txt", *(s.name for s in sample_sources)}  # the steps before the decision's name is known
    one_by_one = GraphStore(None)
    for step in steps:
        ingest(one_by_one, [step], minter)
        assert (citing_links in one_by_one.graphs()) == (step.name in unmatched)
    at_once = GraphStore(None)
    ingest(at_once, steps, minter)  # the later plan.txt wins
    assert title_links(one_by_one, minter) == title_links(at_once, minter)
    assert any(STI.resolvedTo in triple for triple in title_links(at_once, minter))

    other = URIRef(minter.base + "graph/ninh-binh/2023/92-kh-ubnd")
    remove(one_by_one, other, minter)
    remove(at_once, other, minter)
    rebuilt = GraphStore(None)
    ingest(rebuilt, [s for s in steps if s.name != "other.txt"], minter)
    assert title_links(one_by_one, minter) == title_links(rebuilt, minter)


def test_links_a_stopped_writer_left_to_find_are_found_when_the_store_opens(tmp_path, minter, monkeypatch):
    """The change and its marks are one transaction, the links found again a second: the marks make the next
    writer to open the store finish what a stopped one began."""
    with GraphStore(tmp_path / "store") as store:
        ingest(store, [source("decision.txt", DECISION)], minter)
    monkeypatch.setattr(ingest_module, "refresh_title_links", stopped)
    with GraphStore(tmp_path / "store") as store:
        with pytest.raises(KeyboardInterrupt):
            ingest(store, [source("plan.txt", PLAN)], minter)
        assert not store.named_rows("title_links_down", document=ox.NamedNode(minter.base + "doc/vn/2022/777-qd-ttg"))
    monkeypatch.undo()
    with GraphStore(tmp_path / "store") as store:
        assert store.named_rows("title_links_down", document=ox.NamedNode(minter.base + "doc/vn/2022/777-qd-ttg"))
        assert not store.graph(minter.base + "graph/title-links-stale")


def stopped(*_):
    raise KeyboardInterrupt


def test_a_province_s_part_of_lineage_down_keeps_its_marks_by_title(minter):
    """The drill-down to one province marks links by title from the mentioning documents among its plans or
    carried out there (the lineage tallies say which): the marks of the whole answer's part, no more, no less."""
    through_resolution = UNRELATED.replace("92/KH-UBND", "94/KH-UBND").replace(
        "I. MỤC TIÊU", "Thực hiện Nghị quyết số 10-NQ/TU ngày 01/3/2023 của Tỉnh ủy Ninh Bình về triển khai "
        "Chương trình hỗ trợ phát triển doanh nghiệp khoa học và công nghệ, Ủy ban nhân dân tỉnh ban hành Kế hoạch:\n"
        "I. MỤC TIÊU")
    store = GraphStore(None)
    ingest(store, [source("decision.txt", DECISION), source("plan.txt", PLAN), source("other.txt", UNRELATED),
                   source("through.txt", through_resolution)], minter)
    decision = minter.base + "doc/vn/2022/777-qd-ttg"
    full = lineage_down(store, decision)
    marked = {task["titleMatch"]["mentionedIn"].rsplit("/", 1)[-1] for plans in full.values() for plan in plans
              for task in plan["tasks"] if "titleMatch" in task}
    assert marked == {"91-kh-ubnd", "10-nq-tu"}  # a plan's own mention, and a resolution's its plan carries out
    provinces = lineage_down_provinces(store, decision)
    assert provinces
    for row in provinces:
        drilled = lineage_down(store, decision, jurisdiction=row["jurisdiction"])
        assert drilled == {row["province"]: full[row["province"]]}


def test_a_tie_between_issued_names_does_not_hang_on_how_a_number_is_printed(minter):
    """Two decisions issue the same programme: the plan's mention is a tie, which goes to the greatest IRI. The
    graph of issued names holds the IRIs, so when one decision comes again with its number printed otherwise
    (Qđ for QĐ: the same document), the links found one document at a time stay those of one build."""
    ministry = DECISION.replace("THỦ TƯỚNG CHÍNH PHỦ", "BỘ KHOA HỌC VÀ CÔNG NGHỆ").replace("777/QĐ-TTg", "1/QĐ-BKHCN")
    steps = [source("prime-minister.txt", DECISION), source("ministry.txt", ministry), source("plan.txt", PLAN),
             source("ministry.txt", ministry.replace("1/QĐ-BKHCN", "1/Qđ-BKHCN"))]
    one_by_one = GraphStore(None)
    for step in steps:
        ingest(one_by_one, [step], minter)
    at_once = GraphStore(None)
    ingest(at_once, steps, minter)
    assert title_links(one_by_one, minter) == title_links(at_once, minter)
    for store in (one_by_one, at_once):  # doc/vn/2022/777-qd-ttg, after doc/vn/2022/1-qd-bkhcn
        assert store.named_rows("title_links_down", document=ox.NamedNode(minter.base + "doc/vn/2022/777-qd-ttg"))


def test_a_new_store_matches_titles_against_the_names_its_reference_graphs_issue(minter):
    """569/QĐ-TTg comes with the national targets, its title with it: a plan that names its strategy by title
    alone is linked to it by the store's first load, as by any later ingest."""
    strategy = PLAN.replace(
        "Triển khai Chương trình hỗ trợ phát triển doanh nghiệp khoa học và công nghệ",
        "Triển khai Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030")
    first = GraphStore(None)
    ingest(first, [source("strategy.txt", strategy)], minter)
    later = GraphStore(None)
    ingest(later, [source("plan.txt", UNRELATED)], minter)
    ingest(later, [source("strategy.txt", strategy)], minter)
    strategy_569 = ox.NamedNode(minter.base + "doc/vn/2022/569-qd-ttg")
    assert first.named_rows("title_links_down", document=strategy_569)
    assert title_links(first, minter) == {link for link in title_links(later, minter) if "92-kh-ubnd" not in link[0]}
