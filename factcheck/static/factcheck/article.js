// The article page: keyboard shortcuts, highlight <-> claim focus, and "add a claim" from a text
// selection. Everything here is an extra: every action also works with plain links and forms.
(function () {
  "use strict";

  function cards() {
    return Array.from(document.querySelectorAll(".claim-card"));
  }

  // The card last moved to: when a swap takes the focus away, j/k carry on from there.
  var lastCardId = null;

  function currentCard() {
    var active = document.activeElement;
    return (active && active.closest && active.closest(".claim-card")) ||
      (lastCardId && document.getElementById(lastCardId)) ||
      document.querySelector(".claim-card:target");
  }

  function focusCard(card) {
    if (!card) return;
    lastCardId = card.id;
    card.focus({ preventScroll: true });
    card.scrollIntoView({ block: "nearest", behavior: "smooth" });
    history.replaceState(null, "", "#" + card.id);
  }

  function move(step) {
    var list = cards();
    if (!list.length) return;
    var i = list.indexOf(currentCard());
    i = i < 0 ? (step > 0 ? 0 : list.length - 1) : Math.min(list.length - 1, Math.max(0, i + step));
    focusCard(list[i]);
  }

  // The verdict form of a card is fetched when its panel opens; `then` runs once it is there.
  function loadVerdictForm(details, then) {
    var body = details.querySelector(".verdict-body");
    if (body.querySelector("form")) { if (then) then(); return; }
    if (!window.htmx) return;  // no htmx: the panel holds a link to the claim page instead
    // One request per panel, however many callers ask (opening the panel and a key press both do).
    if (!details.loading) {
      details.loading = window.htmx.ajax("GET", details.dataset.formUrl, { target: body, swap: "innerHTML" })
        .then(function () {
          // htmx binds the new form only when it settles (20 ms later): bind it now, so a verdict
          // sent at once (Ctrl+Enter) still goes by htmx rather than as a page load.
          window.htmx.process(body);
          details.loading = null;
        });
    }
    if (then) details.loading.then(then);
  }

  document.addEventListener("toggle", function (event) {
    var details = event.target;
    if (details.matches && details.matches("details.verdict") && details.open) loadVerdictForm(details);
  }, true);

  function startVerdict(status) {
    var card = currentCard();
    var details = card && card.querySelector("details.verdict");
    if (!details) return;
    details.open = true;
    loadVerdictForm(details, function () {
      var radio = details.querySelector('input[type="radio"][value="' + status + '"]');
      if (radio) radio.checked = true;
      var rationale = details.querySelector("textarea");
      if (rationale) rationale.focus();
    });
  }

  // Ctrl+Enter (⌘+Enter) sends the verdict form being written, as its button would.
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    var form = event.target.closest && event.target.closest("details.verdict form, #verdict form");
    if (!form) return;
    event.preventDefault();
    if (window.htmx) window.htmx.process(form);
    form.requestSubmit();
  });

  // A saved verdict comes back as a new card (data-saved): the review goes on at the next claim.
  document.addEventListener("htmx:afterSettle", function () {
    var saved = document.querySelector(".claim-card[data-saved]");
    if (!saved) return;
    saved.removeAttribute("data-saved");
    var list = cards();
    focusCard(list[list.indexOf(saved) + 1] || saved);
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target.closest && target.closest("input, textarea, select, [contenteditable]")) {
      if (event.key === "Escape") target.blur();
      return;
    }
    var keys = document.getElementById("keys");
    switch (event.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "v": startVerdict("verified"); break;
      case "d": startVerdict("disputed"); break;
      case "u": startVerdict("unverifiable"); break;
      case "e": {
        var card = currentCard();
        var link = card && card.querySelector("a.claim-link");
        if (link) window.location.href = link.href + "#fix";
        break;
      }
      case "?":
        if (keys) { if (keys.open) keys.close(); else keys.showModal(); }
        break;
      default:
        return;
    }
    event.preventDefault();
  });

  // A highlight focuses its claim in the list; a claim's quote brings its highlight into view.
  document.addEventListener("click", function (event) {
    var mark = event.target.closest && event.target.closest("a.claim-mark[data-claim]");
    if (mark) {
      var card = document.getElementById("claim-" + mark.dataset.claim);
      event.preventDefault();
      if (card) focusCard(card);
      else window.location.href = "?all=1#claim-" + mark.dataset.claim;  // not loaded yet
      return;
    }
    var quote = event.target.closest && event.target.closest(".claim-text a");
    if (quote) {
      var target = document.querySelector(quote.getAttribute("href"));
      if (target) {
        event.preventDefault();
        target.scrollIntoView({ block: "center", behavior: "smooth" });
        target.focus({ preventScroll: true });
      }
    }
  });

  // Offsets into the article body: count the characters of the text nodes before the point,
  // leaving out the status icons, which are not part of the article.
  function offsetIn(root, node, offset) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var total = 0;
    while (walker.nextNode()) {
      var text = walker.currentNode;
      var isIcon = text.parentElement && text.parentElement.closest(".icon");
      if (text === node) return total + (isIcon ? 0 : offset);
      if (!isIcon) total += text.length;
    }
    if (node === root) {
      // the point is between children: count the text before child number `offset`
      var before = document.createRange();
      before.setStart(root, 0);
      before.setEnd(root, offset);
      return offsetIn(root, null, 0) === -1 ? 0 : countText(root, before);
    }
    return -1;
  }

  function countText(root, range) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var total = 0;
    while (walker.nextNode()) {
      var text = walker.currentNode;
      if (!range.intersectsNode(text)) continue;
      if (text.parentElement && text.parentElement.closest(".icon")) continue;
      total += text.length;
    }
    return total;
  }

  var body = document.querySelector(".article-text .body");
  var panel = document.getElementById("add-claim");
  if (body && panel) {
    body.addEventListener("mouseup", function () {
      var selection = window.getSelection();
      if (!selection || selection.isCollapsed || !body.contains(selection.anchorNode)) return;
      var a = offsetIn(body, selection.anchorNode, selection.anchorOffset);
      var b = offsetIn(body, selection.focusNode, selection.focusOffset);
      if (a < 0 || b < 0 || a === b) return;
      var form = panel.querySelector("form");
      form.elements.start.value = Math.min(a, b);
      form.elements.end.value = Math.max(a, b);
      var preview = panel.querySelector(".selection-preview");
      if (preview) preview.textContent = "“" + selection.toString().replace(/[○✓✗?]/g, "").trim() + "”";
      panel.open = true;
      form.elements.kind.focus({ preventScroll: true });
    });
  }
})();
