// Review of a release record (issue 4): turns the analyst's selection in the
// release text into [start, end) offsets of EventPage.source_text() and
// prefills the "add a missed figure"; the server re-checks the quote.
(function () {
  "use strict";
  var text = document.getElementById("release-text");
  var form = document.getElementById("add-fact");
  if (!text || !form) return;

  function blockOf(node) {
    while (node && node !== text) {
      if (node.nodeType === 1 && node.hasAttribute("data-offset")) return node;
      node = node.parentNode;
    }
    return null;
  }

  function offsetIn(block, container, offset) {
    var range = document.createRange();
    range.selectNodeContents(block);
    range.setEnd(container, offset);
    return parseInt(block.getAttribute("data-offset"), 10) + range.toString().length;
  }

  // "446,7 млрд" -> 446.7: only the leading number; the analyst scales it.
  function firstNumber(quote) {
    var m = quote.replace(/\u00a0/g, " ").match(/\d[\d\s]*(?:[.,]\s?\d+)?/);
    return m ? m[0].replace(/\s/g, "").replace(",", ".") : "";
  }

  text.addEventListener("mouseup", function () {
    var sel = window.getSelection();
    if (!sel || sel.isCollapsed || sel.rangeCount === 0) return;
    var range = sel.getRangeAt(0);
    var startBlock = blockOf(range.startContainer);
    if (!startBlock || startBlock !== blockOf(range.endContainer)) return; // one paragraph at a time
    var start = offsetIn(startBlock, range.startContainer, range.startOffset);
    var end = offsetIn(startBlock, range.endContainer, range.endOffset);
    if (end <= start) return;
    var quote = range.toString();
    form.querySelector("[name='add-span_start']").value = start;
    form.querySelector("[name='add-span_end']").value = end;
    form.querySelector("[name='add-quote']").value = quote;
    var value = form.querySelector("[name='add-value']");
    if (value) value.value = firstNumber(quote); // a new selection is a new figure
    form.scrollIntoView({ behavior: "smooth", block: "nearest" });
  });

  document.querySelectorAll("[data-check-all]").forEach(function (box) {
    box.addEventListener("change", function () {
      document.querySelectorAll("input[form='bulk'][name='" + box.getAttribute("data-check-all") + "']")
        .forEach(function (b) { b.checked = box.checked; });
    });
  });

  // Clicking a mark shows its row; clicking a row's quote shows its mark.
  text.addEventListener("click", function (event) {
    var mark = event.target.closest("mark[data-id]");
    if (!mark) return;
    var row = document.getElementById("row-" + mark.getAttribute("data-kind") + "-" + mark.getAttribute("data-id"));
    if (row) row.scrollIntoView({ behavior: "smooth", block: "center" });
  });
})();
