// Live strength estimate of the password being typed on "Modifier le mot de passe".
// Served from this server (CSP script-src 'self'); no framework. The estimate itself is made by
// the server with the desktop's French estimator (core/strength): this file only asks for it,
// a moment after the typing stops, and shows its text in a polite live region.
(function () {
  "use strict";
  var field = document.getElementById("password");
  var live = document.getElementById("password-live");
  var form = field && field.form;
  if (!field || !live || !form) { return; }
  var timer = null;
  var asked = 0;

  function ask() {
    var mine = ++asked;
    if (!field.value) { live.textContent = ""; return; }
    var body = new URLSearchParams();
    body.set("jeton", form.elements.jeton.value);
    body.set("csrf", form.elements.csrf.value);
    body.set("mot_de_passe", field.value);
    fetch(form.getAttribute("data-strength"), {
      method: "POST", body: body, credentials: "same-origin", cache: "no-store",
      headers: {"Content-Type": "application/x-www-form-urlencoded"}
    }).then(function (answer) {
      return answer.ok ? answer.json() : null;
    }).then(function (estimate) {
      if (estimate && mine === asked) { live.textContent = estimate.text; }
    }).catch(function () { /* no estimate: the one shown after "Envoyer" remains */ });
  }

  field.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(ask, 400);
  });
}());
