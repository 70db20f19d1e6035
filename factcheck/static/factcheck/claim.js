// The claim page: move the claim's boundaries by words and see the result at once, then save it.
// Without JavaScript each word button is a submit button that stores a one-word move; the same
// steps as claims/words.py, over the article's text around the claim (data-window-text).
(function () {
  "use strict";

  var form = document.querySelector("form[data-bounds]");
  if (!form) return;
  var text = form.dataset.windowText;
  var offset = Number(form.dataset.windowStart);
  var startInput = form.elements["bounds-start"];
  var endInput = form.elements["bounds-end"];
  var preview = form.querySelector(".bounds-preview");
  var save = form.querySelector("[data-save-bounds]");
  var saved = [Number(startInput.value), Number(endInput.value)];
  var words = [];
  var pattern = /\S+/g;
  var match;
  while ((match = pattern.exec(text))) words.push([match.index + offset, match.index + offset + match[0].length]);

  function step(start, end, move) {
    var found;
    if (move === "start-earlier") {
      found = words.filter(function (w) { return w[0] < start; }).pop();
      return [found ? found[0] : start, end];
    }
    if (move === "start-later") {
      found = words.filter(function (w) { return w[0] > start && w[0] < end; })[0];
      return [found ? found[0] : start, end];
    }
    if (move === "end-earlier") {
      found = words.filter(function (w) { return w[1] > start && w[1] < end; }).pop();
      return [start, found ? found[1] : end];
    }
    found = words.filter(function (w) { return w[1] > end; })[0];
    return [start, found ? found[1] : end];
  }

  function snap(start, end) {
    words.forEach(function (w) {
      if (w[0] <= start && start < w[1]) start = w[0];
      if (w[0] < end && end <= w[1]) end = w[1];
    });
    return [start, end];
  }

  function show(start, end) {
    startInput.value = start;
    endInput.value = end;
    var s = start - offset, e = end - offset;
    preview.querySelector(".before").textContent = text.slice(Math.max(0, s - 200), s);
    preview.querySelector("mark").textContent = text.slice(s, e);
    preview.querySelector(".after").textContent = text.slice(e, e + 200);
    save.disabled = start === saved[0] && end === saved[1];
  }

  function current() {
    return [Number(startInput.value), Number(endInput.value)];
  }

  save.hidden = false;
  save.disabled = true;

  form.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest('button[name="bounds-move"]');
    if (!button) return;
    event.preventDefault();
    var span = current();
    show.apply(null, step(span[0], span[1], button.value));
  });

  // Where a point of the selection lies in the article: the preview's parts start at known offsets.
  function offsetOf(node, at) {
    var span = current();
    var part = node.nodeType === Node.TEXT_NODE ? node.parentElement : node;
    if (!part || !preview.contains(part)) return null;
    if (part.classList.contains("before")) return span[0] - part.textContent.length + at;
    if (part.tagName === "MARK") return span[0] + at;
    if (part.classList.contains("after")) return span[1] + at;
    return null;
  }

  preview.addEventListener("mouseup", function () {
    var selection = window.getSelection();
    if (!selection || selection.isCollapsed) return;
    var a = offsetOf(selection.anchorNode, selection.anchorOffset);
    var b = offsetOf(selection.focusNode, selection.focusOffset);
    if (a === null || b === null || a === b) return;
    show.apply(null, snap(Math.min(a, b), Math.max(a, b)));
    selection.removeAllRanges();
  });
})();
