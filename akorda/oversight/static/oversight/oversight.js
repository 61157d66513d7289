// Oversight pages: sortable tables (compare view), the indicator switcher, print links.
// Our own few lines instead of a library: the site serves no third-party script (CSP 'self').
(function () {
  "use strict";

  function cellValue(row, index, kind) {
    var cell = row.children[index];
    if (!cell) return kind === "number" ? -Infinity : "";
    if (kind === "number") {
      var raw = cell.getAttribute("data-value");
      return raw === null || raw === "" ? null : parseFloat(raw);
    }
    return cell.textContent.trim().toLowerCase();
  }

  function sortTable(table, index, kind, descending) {
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index, kind), y = cellValue(b, index, kind);
      // Rows without a value go last in either direction.
      if (x === null && y === null) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      var order = kind === "number" ? x - y : x.localeCompare(y);
      return descending ? -order : order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }

  document.querySelectorAll("table.sortable").forEach(function (table) {
    var headers = table.tHead.rows[0].cells;
    Array.prototype.forEach.call(headers, function (th, index) {
      var button = th.querySelector("button");
      if (!button) return;
      button.addEventListener("click", function () {
        var descending = th.getAttribute("aria-sort") === "ascending";
        Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", descending ? "descending" : "ascending");
        sortTable(table, index, th.getAttribute("data-sort") || "text", descending);
      });
    });
  });

  document.querySelectorAll("select[data-navigate-select]").forEach(function (select) {
    select.addEventListener("change", function () { window.location.href = select.value; });
  });

  document.querySelectorAll("[data-print]").forEach(function (link) {
    link.addEventListener("click", function (event) { event.preventDefault(); window.print(); });
  });
})();
