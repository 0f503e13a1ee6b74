// The lineage diagram: cytoscape.js draws the nodes and edges the page carries as JSON; a click opens a node.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("diagram-data").textContent);
  const lang = document.documentElement.lang;
  const local = (iri) => {
    const at = iri.indexOf("/id/");
    return at < 0 ? "" : iri.slice(at) + (lang === "en" ? "?lang=en" : "");
  };
  const cy = cytoscape({
    container: document.getElementById("diagram"),
    elements: [
      ...data.nodes.map((n) => ({ data: { ...n, open: n.open || (n.href ? local(n.href) : "") },
                                  classes: [n.kind, n.id === data.start ? "start" : "", n.titleMatch ? "title-match" : ""].join(" ") })),
      ...data.edges.map((e) => ({ data: { ...e, id: e.source + " -> " + e.target } })),
    ],
    style: [
      { selector: "node", style: { label: "data(label)", "font-size": 11, "text-wrap": "wrap", "text-max-width": 180,
                                   "text-valign": "bottom", "text-margin-y": 4, "background-color": "#8a9bb0", width: 18, height: 18 } },
      { selector: "node.plan", style: { "background-color": "#2f6f9f", shape: "round-rectangle" } },
      { selector: "node.document", style: { "background-color": "#b5462f", shape: "diamond", width: 22, height: 22 } },
      { selector: "node.task", style: { "background-color": "#4f9a5a", "font-size": 9 } },
      { selector: "node.jurisdiction", style: { "background-color": "#d9a400", shape: "hexagon", width: 24, height: 24 } },
      { selector: "node.more", style: { "background-color": "#ccc", shape: "ellipse" } },
      { selector: "node.start", style: { "border-width": 4, "border-color": "#111" } },
      { selector: "node.title-match", style: { "border-width": 3, "border-style": "dashed", "border-color": "#d9a400" } },
      { selector: "edge", style: { width: 1.5, "line-color": "#aab", "target-arrow-color": "#aab", "target-arrow-shape": "triangle",
                                   "curve-style": "bezier", label: "data(label)", "font-size": 9, color: "#556" } },
    ],
    layout: { name: "breadthfirst", directed: true, roots: [data.start], spacingFactor: 1.1, padding: 20 },
  });
  cy.on("tap", "node", (event) => {
    const target = event.target.data("open");
    if (target) window.location.href = target;
  });
  document.getElementById("fit").addEventListener("click", () => cy.fit(undefined, 20));
  window.lineageDiagram = cy;  // for the browser tests and the curious
})();
