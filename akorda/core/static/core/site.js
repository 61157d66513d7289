// The visually impaired mode: toggled in place, remembered in the same cookie
// the server reads to render <html class="a11y"> (so no flash on the next page).
// Without JavaScript the button's form goes through /a11y/ and back.
(function () {
  "use strict";
  var form = document.querySelector(".a11y-form");
  if (!form) return;
  var button = form.querySelector(".a11y-toggle");
  var label = button.querySelector("span");
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var on = !document.documentElement.classList.contains("a11y");
    document.documentElement.classList.toggle("a11y", on);
    document.cookie = on
      ? "a11y=1; path=/; max-age=31536000; SameSite=Lax"
      : "a11y=; path=/; max-age=0; SameSite=Lax";
    button.setAttribute("aria-pressed", on ? "true" : "false");
    label.textContent = on ? button.dataset.on : button.dataset.off;
  });
  var print = document.querySelector("[data-print]");
  if (print) {
    print.addEventListener("click", function (event) {
      event.preventDefault();
      window.print();
    });
  }
})();

(function () {
  "use strict";
  // Back returns to the list the reader came from. The server renders the
  // rubric (so the page is the same for everyone and a shared cache can hold
  // it; without JavaScript Back still works) and the pattern of this
  // language's list paths (navigation.list_path_pattern, the rule ?from= is
  // checked with); a same-origin Referer that matches it replaces the rubric.
  var back = document.querySelector("a.back-link[data-lists]");
  if (back && document.referrer) {
    try {
      var from = new URL(document.referrer);
      if (from.origin === window.location.origin &&
          new RegExp(back.dataset.lists).test(decodeURIComponent(from.pathname))) {
        back.setAttribute("href", from.pathname + from.search);
      }
    } catch (error) {
      // A malformed Referer or pattern leaves the rubric.
    }
  }
})();
