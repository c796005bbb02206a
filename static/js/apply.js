/* Optional help on the application forms; everything works without it.
   - warns at once when a chosen file is larger than the document allows;
   - ignores a second press of the send button while the first is on its way. */
(function () {
  "use strict";
  function megabytes(bytes) { return (bytes / 1048576).toFixed(1).replace(".", ","); }

  document.addEventListener("change", function (event) {
    var input = event.target;
    if (!input || input.type !== "file" || !input.dataset.maxBytes) { return; }
    var limit = parseInt(input.dataset.maxBytes, 10);
    var note = document.getElementById(input.id + "_sizewarning");
    var tooLarge = [];
    for (var i = 0; i < input.files.length; i++) {
      if (input.files[i].size > limit) { tooLarge.push(input.files[i]); }
    }
    if (!tooLarge.length) {
      if (note) { note.parentNode.removeChild(note); }
      return;
    }
    if (!note) {
      note = document.createElement("p");
      note.id = input.id + "_sizewarning";
      note.className = "size-warning";
      note.setAttribute("role", "alert");
      input.parentNode.insertBefore(note, input.nextSibling);
    }
    var template = document.documentElement.lang === "en"
      ? "“{name}” is {size} MB; this document may be at most {limit} MB."
      : "“{name}” berukuran {size} MB; dokumen ini paling besar {limit} MB.";
    note.textContent = template
      .replace("{name}", tooLarge[0].name)
      .replace("{size}", megabytes(tooLarge[0].size))
      .replace("{limit}", megabytes(limit).replace(/,0$/, ""));
  });

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.hasAttribute("data-sending-once")) { return; }
    if (form.dataset.sending === "yes") { event.preventDefault(); return; }
    form.dataset.sending = "yes";
  });
  // Coming back with the Back button: the form may be sent again.
  window.addEventListener("pageshow", function () {
    var forms = document.querySelectorAll("form[data-sending-once]");
    for (var i = 0; i < forms.length; i++) { forms[i].dataset.sending = ""; }
  });
})();
