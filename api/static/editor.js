// The SPARQL editor: YASGUI against this server's /sparql, the named queries of queries/ one click away.
(function () {
  "use strict";
  const endpoint = window.location.origin + "/sparql";
  const examples = JSON.parse(document.getElementById("examples-data").textContent);
  const yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    persistenceId: null,  // start afresh on every visit: nothing kept in the browser
    endpointCatalogueOptions: { getData: () => [{ endpoint: endpoint }] },
    yasqe: { autocompleters: ["variables"] },  // the others ask services on the internet
  });
  const open = (example) => {
    const tab = yasgui.getTab();
    tab.setName(example.name);
    tab.getYasqe().setValue(example.query);
  };
  document.querySelectorAll("button.example").forEach((button) => {
    button.addEventListener("click", () => open(examples.find((e) => e.name === button.dataset.name)));
  });
  window.sparqlEditor = yasgui;  // for the browser tests and the curious
})();
