"""The web pages in a real browser: Debian's Chromium, headless, driven by Playwright against `stikg serve` on
loopback. Screenshots of each step go to tests/artifacts/screenshots/ (kept out of git).

Skipped where Chromium or the front-end packages are not installed (`bash tests/install-servers.sh` installs
both), except under CI=true, where their absence is a failure.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from stikg.config import DEFAULT_ASSETS

SCREENSHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
BASE = "https://w3id.org/stikg/id/"


def _chromium() -> str | None:
    return os.environ.get("STIKG_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture(scope="module")
def browser():
    needs = (("Chromium", _chromium()), ("playwright", _importable("playwright")),
             ("web/node_modules (npm ci --prefix web)", DEFAULT_ASSETS.is_dir()))
    missing = [what for what, there in needs if not there]
    if missing:
        if os.environ.get("CI") == "true":
            pytest.fail(f"not installed: {', '.join(missing)} (tests/install-servers.sh installs them)")
        pytest.skip(f"not installed: {', '.join(missing)}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=_chromium(), args=["--no-sandbox"])
        yield chromium
        chromium.close()


def _importable(name: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(name) is not None


@pytest.fixture(scope="module")
def site(store_path, running_server, tmp_path_factory):
    copy = tmp_path_factory.mktemp("browser") / "store"
    shutil.copytree(store_path, copy)
    with running_server(copy) as url:
        yield url


@pytest.fixture
def tab(browser, site):
    """A fresh page; any script error on it fails the test."""
    page = browser.new_page(viewport={"width": 1280, "height": 900}, base_url=site)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    page.close()
    assert not errors, errors


def shot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=SCREENSHOTS / f"{name}.png", full_page=True)


def drawn_labels(page) -> dict[str, dict]:
    """Every node the diagram drew: label -> its id, kind, and whether it lies inside the drawing area."""
    return page.evaluate("""() => {
        const cy = window.lineageDiagram, box = cy.extent(), out = {};
        cy.nodes().forEach((n) => {
            const p = n.position();
            out[n.data('label')] = {id: n.id(), kind: n.data('kind'), visible: n.visible()
                && p.x >= box.x1 && p.x <= box.x2 && p.y >= box.y1 && p.y <= box.y2};
        });
        return out;
    }""")


def test_a_researcher_follows_569_from_search_to_its_lineage_diagram(tab):
    tab.goto("/")
    shot(tab, "01-home")
    tab.fill("form[role=search] input[name=q]", "569")
    tab.press("form[role=search] input[name=q]", "Enter")
    tab.wait_for_url("**/search?q=569*")
    shot(tab, "02-search-569")
    tab.get_by_role("link", name="569/QĐ-TTg", exact=True).first.click()
    tab.wait_for_url("**/id/doc/vn/2022/569-qd-ttg")
    carried_out = tab.locator("section.carried-out")
    assert "Hải Dương" in carried_out.inner_text()
    assert carried_out.get_by_role("link", name="4346/KH-UBND").is_visible()
    shot(tab, "03-decision-569")

    tab.click("#lineage-down")
    tab.wait_for_function("window.lineageDiagram && window.lineageDiagram.nodes().length > 0")
    nodes = drawn_labels(tab)
    for label in ("569/QĐ-TTg", "Hải Dương", "4346/KH-UBND"):
        assert nodes[label]["visible"], (label, nodes.get(label))
    assert nodes["Hải Dương"]["kind"] == "jurisdiction"
    shot(tab, "04-lineage-down-569")

    zoom = tab.evaluate("window.lineageDiagram.zoom()")
    tab.mouse.move(640, 500)
    tab.mouse.wheel(0, -400)
    tab.wait_for_function(f"window.lineageDiagram.zoom() != {zoom}")

    tab.click("text=Vừa khung")  # fit again, then click the plan's node to open it
    position = tab.evaluate("""(id) => {
        const cy = window.lineageDiagram; cy.fit(); const p = cy.getElementById(id).renderedPosition();
        const box = cy.container().getBoundingClientRect(); return {x: box.left + p.x, y: box.top + p.y};
    }""", nodes["4346/KH-UBND"]["id"])
    tab.mouse.click(position["x"], position["y"])
    tab.wait_for_url("**/id/doc/hai-duong/2023/4346-kh-ubnd")
    assert tab.locator("h1").inner_text() == "4346/KH-UBND"


def test_lineage_up_from_a_task_reaches_the_root_documents(tab):
    task = BASE + "doc/tay-ninh/2023/2502-kh-ubnd/task/appendix-24"
    tab.goto(f"/lineage?iri={task}&direction=up&lang=en")
    tab.wait_for_function("window.lineageDiagram && window.lineageDiagram.nodes().length > 0")
    nodes = drawn_labels(tab)
    assert {"2502/KH-UBND", "08-NQ/TU", "1962/KH-UBND", "696/QĐ-TTg"} <= set(nodes)
    assert all(node["visible"] for node in nodes.values())
    edges = tab.evaluate("window.lineageDiagram.edges().map((e) => e.data('label'))")
    assert "implements" in edges  # relation names in the page's language
    shot(tab, "05-lineage-up-task")


def test_the_editor_runs_a_named_query_and_shows_its_rows(tab):
    tab.goto("/editor")
    tab.wait_for_function("window.sparqlEditor !== undefined")
    tab.click("button.example[data-name=plans]")
    assert "# title: Plans" in tab.evaluate("window.sparqlEditor.getTab().getYasqe().getValue()")
    tab.click(".yasqe_queryButton")
    tab.wait_for_selector(".yasr table tbody tr")
    rows = tab.locator(".yasr table tbody tr")
    assert rows.count() >= 5 and "2502/KH-UBND" in tab.locator(".yasr table").inner_text()
    shot(tab, "06-editor-plans")


def test_the_target_comparison_draws_its_chart(tab):
    tab.goto("/compare?indicator=tfp_share&year=2030")
    chart = tab.locator("svg#comparison-chart")
    assert chart.is_visible() and chart.locator("g.bar").count() == tab.locator("table.provinces tbody tr").count()
    assert chart.bounding_box()["width"] > 300
    shot(tab, "07-compare-tfp")
