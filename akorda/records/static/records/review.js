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

  // Clicking a mark focuses its item.
  text.addEventListener("click", function (event) {
    var mark = event.target.closest("mark[data-id]");
    if (!mark) return;
    var row = document.getElementById("row-" + mark.getAttribute("data-kind") + "-" + mark.getAttribute("data-id"));
    if (row) focusRow(row);
  });
})();

// Keyboard review (issue 11): J/K or arrows move between items, C confirms,
// X rejects, E edits; the words of the item in focus are outlined in the text.
// After a confirm or reject the page reloads and the next item gets the focus.
(function () {
  "use strict";
  var NEXT_KEY = "akorda-review-next";
  var text = document.getElementById("release-text");

  function rows() { return Array.prototype.slice.call(document.querySelectorAll(".review-item")); }
  function current() { return document.querySelector(".review-item.is-current"); }
  function typing(el) {
    return el && (el.isContentEditable || /^(INPUT|SELECT|TEXTAREA|BUTTON)$/.test(el.tagName) || el.closest("summary"));
  }

  function highlight(row) {
    if (!text) return;
    text.querySelectorAll("mark.is-current").forEach(function (m) { m.classList.remove("is-current"); });
    var marks = text.querySelectorAll("mark[data-kind='" + row.dataset.kind + "'][data-id='" + row.dataset.id + "']");
    marks.forEach(function (m) { m.classList.add("is-current"); });
    if (marks.length) marks[0].scrollIntoView({ block: "nearest" });
  }

  window.focusRow = function (row) {
    rows().forEach(function (r) {
      r.classList.toggle("is-current", r === row);
      r.setAttribute("tabindex", r === row ? "0" : "-1");
    });
    row.focus({ preventScroll: true });
    row.scrollIntoView({ block: "nearest" });
    highlight(row);
  };
  var focusRow = window.focusRow;

  function move(step) {
    var all = rows();
    if (!all.length) return;
    var at = all.indexOf(current());
    var next = at < 0 ? all[0] : all[Math.min(Math.max(at + step, 0), all.length - 1)];
    focusRow(next);
  }

  function act(row, action) {
    var button = row.querySelector("button[value='" + action + "']");
    if (!button) return false;
    var all = rows();
    var after = all[all.indexOf(row) + 1];
    try { sessionStorage.setItem(NEXT_KEY, after ? after.id : row.id); } catch (e) { /* private mode: stay put */ }
    var form = document.getElementById(button.getAttribute("form"));
    if (form.requestSubmit) form.requestSubmit(button); else button.click();
    return true;
  }

  // A row takes the focus (and moves the outline) whichever way it got there.
  rows().forEach(function (row) {
    row.addEventListener("focusin", function () { if (!row.classList.contains("is-current")) {
      rows().forEach(function (r) { r.classList.toggle("is-current", r === row); r.setAttribute("tabindex", r === row ? "0" : "-1"); });
      highlight(row);
    } });
  });
  var first = rows()[0];
  if (first) first.setAttribute("tabindex", "0");

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    var row = target.closest ? target.closest(".review-item") : null;
    if (typing(target)) {
      if (event.key === "Escape" && row) { event.preventDefault(); focusRow(row); }
      return;
    }
    var key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (key === "j" || key === "ArrowDown") { if (row || key === "j") { event.preventDefault(); move(1); } return; }
    if (key === "k" || key === "ArrowUp") { if (row || key === "k") { event.preventDefault(); move(-1); } return; }
    row = row || current();
    if (!row) return;
    if (key === "c" && act(row, "confirm")) event.preventDefault();
    else if (key === "x" && act(row, "reject")) event.preventDefault();
    else if (key === "e") {
      event.preventDefault();
      // The raw value for a figure, else the first field (a list matches in document order,
      // which would find the row form's hidden CSRF input first).
      var field = row.querySelector("input[name$='-value']") || row.querySelector("textarea") ||
        row.querySelector(".review-fields input:not([type=hidden]), .review-fields select");
      if (field) { field.focus(); if (field.select) field.select(); }
    }
  });

  // The raw value's reading, live while it is edited (the server's Babel text is authoritative).
  var SYMBOLS = { KZT: "₸", USD: "$", EUR: "€", RUB: "₽" };
  var screen = document.querySelector(".review-screen");
  var lang = (screen && screen.dataset.language) || "ru";
  document.querySelectorAll(".review-item[data-kind='fact']").forEach(function (row) {
    var value = row.querySelector("input[name$='-value']");
    var unit = row.querySelector("input[name$='-unit']");
    var out = row.querySelector("output[data-readable]");
    if (!value || !out) return;
    function update() {
      var n = Number(value.value);
      if (value.value === "" || !isFinite(n)) { out.textContent = "—"; return; }
      var u = unit ? unit.value.trim() : "";
      var compact = Math.abs(n) >= 1e6;
      var number = new Intl.NumberFormat(lang, compact ? { notation: "compact", maximumFractionDigits: 1 } : {}).format(n);
      out.textContent = u === "%" ? number + "%" : (SYMBOLS[u] ? number + " " + SYMBOLS[u] : number + (u && u !== "count" ? " " + u : ""));
      out.classList.add("is-stale");
    }
    value.addEventListener("input", update);
    if (unit) unit.addEventListener("input", update);
  });

  // After the page's own fragment navigation (#row-…), which may focus that row.
  window.addEventListener("load", function () {
    setTimeout(function () {
      var wanted = null;
      try { wanted = sessionStorage.getItem(NEXT_KEY); sessionStorage.removeItem(NEXT_KEY); } catch (e) { /* ignore */ }
      var target = wanted && document.getElementById(wanted);
      if (!target && /^#row-/.test(location.hash)) target = document.getElementById(location.hash.slice(1));
      if (target && target.classList.contains("review-item")) focusRow(target);
    }, 0);
  });
})();
