/// The inline stylesheet and script of the HTML timeline page.
///
/// The script only filters: every event is already on the page (readable without it). At load
/// it does no per-event work; the first filter builds an index of the cards' text and entity
/// keys, and each filter then toggles one class per card and per group.
enum HTMLAssets {
    static var css: String {
        let c = DOTRenderer.colours
        return """
        :root{--ink:#1d1d1f;--muted:#5f6368;--line:#d0d4da;--bg:#fbfbfc;--card:#fff;--focus:#1a5fb4;--person:\(c[.person]!);--place:\(c[.place]!);--org:\(c[.org]!)}
        *{box-sizing:border-box}
        body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--ink);background:var(--bg)}
        .skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5em}
        .skip:focus{left:.5em;z-index:2}
        header.page{padding:1em 1.5em .5em;border-bottom:1px solid var(--line);background:#fff}
        h1{font-size:1.5em;margin:0 0 .2em}
        .sub{margin:0;color:var(--muted)}
        #filter{display:flex;flex-wrap:wrap;gap:.5em;align-items:center;margin:.7em 0 .2em}
        #filter input{font:inherit;padding:.35em .6em;min-width:16em;border:1px solid #9aa0a6;border-radius:6px}
        #filter button,.active button{font:inherit;padding:.3em .7em;border:1px solid #9aa0a6;border-radius:6px;background:#f1f3f4;cursor:pointer}
        #status{color:var(--muted)}
        .active{display:inline-flex;flex-wrap:wrap;gap:.3em}
        .nojs .js-only{display:none}
        .layout{display:grid;grid-template-columns:minmax(0,1fr);gap:1.5em;padding:1em 1.5em}
        @media (min-width:1000px){.layout{grid-template-columns:minmax(0,3fr) minmax(16em,1fr)}}
        @media (min-width:1400px){.layout.has-lane{grid-template-columns:minmax(0,3fr) minmax(14em,1.2fr) minmax(16em,1fr)}}
        main h2,.lane h2,aside h2{font-size:1.15em;margin:1em 0 .4em}
        .sec>h2{position:sticky;top:0;background:var(--bg);padding:.2em 0;z-index:1;border-bottom:2px solid var(--ink)}
        .day{position:relative;margin-left:.6em;padding-left:1.2em;border-left:3px solid var(--line)}
        .day>h3{font-size:1em;margin:.8em 0 .4em;position:relative}
        .day>h3::before{content:"";position:absolute;left:-1.75em;top:.35em;width:.8em;height:.8em;border-radius:50%;background:var(--ink)}
        .day.range{border-left:3px dashed #8a8f96}
        .day.range>h3::before{background:#fff;border:2px solid var(--ink)}
        .ev{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:.6em .8em;margin:0 0 .7em}
        .ev .meta{margin:0;font-size:.85em;color:var(--muted);display:flex;flex-wrap:wrap;gap:.5em;align-items:baseline}
        .ev .type{font-weight:600;color:var(--ink);text-transform:uppercase;letter-spacing:.04em;font-size:.9em}
        .ev .badge{border:1px dashed #8a8f96;border-radius:4px;padding:0 .3em}
        .ev .timex{font-family:ui-monospace,Menlo,Consolas,monospace}
        .ev .summary{margin:.25em 0 .4em;font-size:1.05em;font-weight:600}
        ul.chips{list-style:none;margin:.2em 0;padding:0;display:flex;flex-wrap:wrap;gap:.3em}
        .chip{font:inherit;font-size:.85em;max-width:100%;overflow-wrap:anywhere;text-align:left;border:1px solid rgba(0,0,0,.25);border-radius:999px;padding:.1em .65em;cursor:pointer;color:var(--ink)}
        .chip.person{background:var(--person)}.chip.place{background:var(--place)}.chip.org{background:var(--org)}
        .chip[aria-pressed=true]{box-shadow:inset 0 0 0 2px var(--ink);font-weight:700}
        .chip .role{color:var(--muted);font-size:.85em;margin-left:.3em}
        :focus-visible{outline:3px solid var(--focus);outline-offset:2px}
        ol.sources{margin:.4em 0 0;padding-left:1.2em;font-size:.9em}
        ol.sources cite{font-style:normal;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em;color:var(--muted)}
        mark{background:#ffe066;padding:0 .1em;border-radius:2px}
        .lane{align-self:start;background:#f3f1ec;border:1px dashed #b9b3a5;border-radius:8px;padding:0 .8em .4em}
        aside{align-self:start}
        aside ol{padding-left:1.4em;margin:.3em 0}
        aside li{margin:.25em 0}
        aside li>.chip{margin-right:.2em}
        .layout>*{min-width:0}
        aside .n{color:var(--muted);font-variant-numeric:tabular-nums;margin-left:.3em}
        .note,.empty{color:var(--muted)}
        .graph{padding:0 1.5em 1.5em}
        .graph .frame{overflow:auto;border:1px solid var(--line);border-radius:8px;background:#fff;max-height:80vh}
        .graph svg{display:block;height:auto}
        .out{display:none!important}
        @media print{
          body{background:#fff;font-size:11pt}
          .skip,#filter,.js-only{display:none!important}
          .layout{display:block;padding:0}
          .sec>h2{position:static}
          .ev{break-inside:avoid;border-color:#999}
          .chip{border-color:#666;-webkit-print-color-adjust:exact;print-color-adjust:exact}
          mark{-webkit-print-color-adjust:exact;print-color-adjust:exact}
          .graph .frame{overflow:visible;max-height:none;border:0}
          .graph svg{max-width:100%}
          a{color:inherit;text-decoration:none}
        }
        """
    }

    static let script = """
        (function () {
          "use strict";
          var d = document, b = d.body;
          b.classList.remove("nojs");
          b.classList.add("js");
          var evs = d.getElementsByClassName("ev");
          var groups = d.querySelectorAll(".day,.sec,.lane");
          var q = d.getElementById("q"), status = d.getElementById("status"), active = d.getElementById("active");
          var names = {}, idx = null, sel = [], timer = 0;
          function index() {
            if (idx) return;
            idx = new Array(evs.length);
            for (var i = 0; i < evs.length; i++) {
              idx[i] = { t: evs[i].textContent.toLowerCase(), e: " " + (evs[i].getAttribute("data-e") || "") + " " };
            }
          }
          function apply() {
            index();
            var terms = q.value.toLowerCase().split(/\\s+/).filter(Boolean), shown = 0, i, j;
            for (i = 0; i < evs.length; i++) {
              var x = idx[i], ok = true;
              for (j = 0; ok && j < sel.length; j++) ok = x.e.indexOf(" " + sel[j] + " ") >= 0;
              for (j = 0; ok && j < terms.length; j++) ok = x.t.indexOf(terms[j]) >= 0;
              evs[i].classList.toggle("out", !ok);
              if (ok) shown++;
            }
            for (i = 0; i < groups.length; i++) {
              groups[i].classList.toggle("out", !groups[i].querySelector(".ev:not(.out)"));
            }
            var on = d.querySelectorAll(".chip[aria-pressed=true]");
            for (i = 0; i < on.length; i++) on[i].setAttribute("aria-pressed", "false");
            active.textContent = "";
            for (j = 0; j < sel.length; j++) {
              var chips = d.querySelectorAll('.chip[data-k="' + sel[j] + '"]');
              for (i = 0; i < chips.length; i++) chips[i].setAttribute("aria-pressed", "true");
              var rm = d.createElement("button");
              rm.type = "button";
              rm.setAttribute("data-rm", sel[j]);
              rm.textContent = "\\u00d7 " + (names[sel[j]] || sel[j]);
              rm.setAttribute("aria-label", "Remove filter " + (names[sel[j]] || sel[j]));
              active.appendChild(rm);
            }
            status.textContent = (terms.length || sel.length) ? "Showing " + shown + " of " + evs.length + " events" : "";
          }
          function later() { clearTimeout(timer); timer = setTimeout(apply, 150); }
          q.addEventListener("input", later);
          q.addEventListener("keydown", function (e) { if (e.key === "Escape") { q.value = ""; apply(); } });
          d.getElementById("filter").addEventListener("submit", function (e) { e.preventDefault(); apply(); });
          d.getElementById("clear").addEventListener("click", function () { q.value = ""; sel = []; apply(); q.focus(); });
          d.addEventListener("click", function (e) {
            var t = e.target.closest ? e.target.closest("button") : null;
            if (!t) return;
            var k = t.getAttribute("data-k"), rm = t.getAttribute("data-rm");
            if (k) {
              names[k] = t.getAttribute("data-name") || t.textContent;
              var at = sel.indexOf(k);
              if (at >= 0) sel.splice(at, 1); else sel.push(k);
              apply();
            } else if (rm) {
              sel = sel.filter(function (s) { return s !== rm; });
              apply();
              q.focus();
            }
          });
        })();
        """
}
