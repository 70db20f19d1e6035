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
