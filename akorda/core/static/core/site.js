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
