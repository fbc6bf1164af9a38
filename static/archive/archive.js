// Copy buttons: <button data-copy="ID"> copies the text of element ID. No framework, no inline script.
document.addEventListener("click", function (event) {
  var button = event.target.closest("button[data-copy]");
  if (!button) return;
  var source = document.getElementById(button.getAttribute("data-copy"));
  if (!source) return;
  var text = source.textContent.trim();
  var done = function () {
    var label = button.textContent;
    button.textContent = "✓";
    setTimeout(function () { button.textContent = label; }, 1500);
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(done);
  } else {
    var area = document.createElement("textarea");
    area.value = text;
    document.body.appendChild(area);
    area.select();
    document.execCommand("copy");
    document.body.removeChild(area);
    done();
  }
});

// Filters and facets are collapsed on phones (so results come first on screen but the filters
// are one tap away) and open where there is room beside or above the results.
document.addEventListener("DOMContentLoaded", function () {
  if (!window.matchMedia("(min-width: 50rem)").matches) return;
  document.querySelectorAll("details[data-open-wide]").forEach(function (details) { details.open = true; });
});
