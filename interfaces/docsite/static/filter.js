// The index's filter: plain JavaScript, no framework. Without it the
// whole table shows. ?q=WORDS in the address fills the filter, so that
// a filtered index can be linked (and tested headless).
(function () {
  "use strict";
  var box = document.getElementById("filter-box");
  var input = document.getElementById("filter");
  var count = document.getElementById("filter-count");
  var rows = Array.prototype.slice.call(document.querySelectorAll("#interfaces tbody tr"));
  if (!box || !input) {
    return;
  }
  function apply() {
    var words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var match = words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !match;
      if (match) {
        shown++;
      }
    });
    count.textContent = shown + " of " + rows.length;
  }
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) {
    input.value = q;
  }
  input.addEventListener("input", apply);
  box.hidden = false;
  apply();
})();
