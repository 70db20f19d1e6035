// Claim queue: "select all on this page". Without JavaScript the box stays hidden and each row is
// ticked by hand. Listeners sit on the document, so rows swapped in by htmx work too.
(function () {
  "use strict";

  function boxes(master) {
    const form = master.closest("form");
    return form ? Array.from(form.querySelectorAll('input[type=checkbox][name="' + master.dataset.selectAll + '"]')) : [];
  }

  function reveal(root) {
    root.querySelectorAll("input[data-select-all][hidden]").forEach(function (master) {
      master.hidden = false;
    });
  }

  document.addEventListener("change", function (event) {
    const target = event.target;
    if (target.matches("input[data-select-all]")) {
      boxes(target).forEach(function (box) { box.checked = target.checked; });
      target.indeterminate = false;
      return;
    }
    const form = target.closest("form");
    const master = form && form.querySelector("input[data-select-all]");
    if (master && target.name === master.dataset.selectAll) {
      const all = boxes(master);
      const ticked = all.filter(function (box) { return box.checked; }).length;
      master.checked = ticked === all.length && ticked > 0;
      master.indeterminate = ticked > 0 && ticked < all.length;
    }
  });

  document.addEventListener("htmx:afterSwap", function (event) { reveal(event.detail.target); });
  reveal(document);
})();

// The bulk verdict says before sending what the chosen verdict needs: an evidence link when it is
// one of the select's `data-needs-evidence` verdicts and a ticked claim has no evidence yet (the
// link is then required, so the browser asks for it instead of every claim being refused).
(function () {
  "use strict";

  function update(form) {
    const status = form.querySelector("select[data-needs-evidence]");
    const link = form.querySelector('input[name="evidence_url"]');
    const note = form.querySelector(".needs-evidence");
    if (!status || !link || !note) return;
    const needing = (status.dataset.needsEvidence || "").split(" ").filter(Boolean);
    const bare = Array.from(form.querySelectorAll('input[name="selected"][data-no-evidence]:checked'))
      .map(function (box) { return "#" + box.value.split(":")[0]; });
    const needed = needing.indexOf(status.value) >= 0 && bare.length > 0;
    link.required = needed;
    note.hidden = !needed;
    note.textContent = needed ? note.dataset.template.replace("{claims}", bare.join(", ")) : "";
  }

  document.addEventListener("change", function (event) {
    const form = event.target.closest && event.target.closest("form");
    if (form) update(form);
  });
  document.addEventListener("htmx:afterSwap", function (event) {
    event.detail.target.querySelectorAll("form").forEach(update);
  });
  document.querySelectorAll("form").forEach(update);
})();
