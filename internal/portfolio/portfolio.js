// prfaq portfolio pages: sorting and filtering the index, the findings
// toggle, and, on pages prfaq serve sends, following saved changes.
// Everything works on a page written to disk and opened from a file too.
(function () {
  "use strict";
  var doc = document;
  doc.documentElement.classList.add("js");

  function query() {
    var q = {};
    location.search.replace(/^\?/, "").split("&").forEach(function (kv) {
      if (!kv) return;
      var i = kv.indexOf("=");
      var k = decodeURIComponent(i < 0 ? kv : kv.slice(0, i));
      q[k] = i < 0 ? "" : decodeURIComponent(kv.slice(i + 1).replace(/\+/g, " "));
    });
    return q;
  }

  function remember(status, sort, desc) {
    var parts = [];
    // The need a served index lists comes from the server: keep it, or the
    // address (and a reload, or a link copied from it) loses the filter.
    var need = query().need;
    if (need) parts.push("need=" + encodeURIComponent(need));
    if (status) parts.push("status=" + encodeURIComponent(status));
    if (sort && sort !== "title" || desc) parts.push("sort=" + encodeURIComponent(sort));
    if (desc) parts.push("desc=1");
    try {
      history.replaceState(null, "", location.pathname + (parts.length ? "?" + parts.join("&") : "") + location.hash);
    } catch (e) {
      // Some browsers refuse to change the address of a file: page.
    }
  }

  // The index.
  function setUpIndex() {
    var table = doc.getElementById("portfolio");
    if (!table) return;
    var filter = doc.getElementById("status-filter");
    var q = query();
    var state = {
      sort: q.sort || table.getAttribute("data-sort") || "title",
      desc: q.desc === "1" || (!q.sort && table.getAttribute("data-desc") === "1"),
      status: q.status !== undefined ? q.status : (filter ? filter.value : "")
    };
    if (filter) {
      filter.value = state.status;
      if (filter.value !== state.status) state.status = filter.value = "";
      filter.addEventListener("change", function () {
        state.status = filter.value;
        apply();
      });
    }
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
      var a = th.querySelector("a");
      if (!a) return;
      a.addEventListener("click", function (ev) {
        ev.preventDefault();
        var key = th.getAttribute("data-key");
        if (state.sort === key) {
          state.desc = !state.desc;
        } else {
          state.sort = key;
          state.desc = th.hasAttribute("data-numeric");
        }
        apply();
      });
    });

    function apply() {
      var col = -1, numeric = false;
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, i) {
        if (th.getAttribute("data-key") === state.sort) {
          col = i;
          numeric = th.hasAttribute("data-numeric");
          th.setAttribute("aria-sort", state.desc ? "descending" : "ascending");
        } else {
          th.removeAttribute("aria-sort");
        }
      });
      if (col < 0) { state.sort = "title"; col = 0; }
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      rows.forEach(function (r, i) { r._i = i; });
      rows.sort(function (a, b) {
        var ab = a.getAttribute("data-status") === "unreadable", bb = b.getAttribute("data-status") === "unreadable";
        if (ab !== bb) return ab ? 1 : -1;
        var x = a.cells[col].getAttribute("data-v"), y = b.cells[col].getAttribute("data-v"), c;
        if (numeric) {
          c = (parseFloat(x) || 0) - (parseFloat(y) || 0);
        } else if (state.sort === "title" || state.sort === "owner") {
          c = x.toLowerCase() < y.toLowerCase() ? -1 : x.toLowerCase() > y.toLowerCase() ? 1 : 0;
        } else {
          c = x < y ? -1 : x > y ? 1 : 0;
        }
        if (state.desc) c = -c;
        if (c === 0) {
          var tx = a.cells[0].getAttribute("data-v").toLowerCase(), ty = b.cells[0].getAttribute("data-v").toLowerCase();
          c = tx < ty ? -1 : tx > ty ? 1 : a._i - b._i;
        }
        return c;
      });
      var shown = 0;
      rows.forEach(function (r) {
        r.hidden = !!state.status && r.getAttribute("data-status") !== state.status;
        if (!r.hidden) shown++;
        body.appendChild(r);
      });
      var counter = doc.querySelector(".filters .shown");
      if (counter) counter.textContent = shown + " of " + rows.length + " shown";
      remember(state.status, state.sort, state.desc);
    }
    apply();
  }

  // The findings beside a document.
  var storageKey = "prfaq.findings";
  function findingsHidden() {
    try { return localStorage.getItem(storageKey) === "hidden"; } catch (e) { return false; }
  }
  function showFindings(hidden) {
    doc.body.classList.toggle("findings-hidden", hidden);
    var button = doc.getElementById("toggle-findings");
    if (button) {
      button.textContent = hidden ? "Show findings" : "Hide findings";
      button.setAttribute("aria-expanded", hidden ? "false" : "true");
    }
  }
  function setUpFindings() {
    var button = doc.getElementById("toggle-findings");
    if (!button) return;
    showFindings(findingsHidden());
    button.addEventListener("click", function () {
      var hidden = !doc.body.classList.contains("findings-hidden");
      try { localStorage.setItem(storageKey, hidden ? "hidden" : "shown"); } catch (e) { /* private mode */ }
      showFindings(hidden);
    });
  }

  // Following changes, on a served page.
  var loading = false, again = false;
  function refresh() {
    if (loading) { again = true; return; }
    loading = true;
    fetch(location.href, { cache: "no-store", headers: { "Accept": "text/html" } }).then(function (resp) {
      return resp.text();
    }).then(function (text) {
      var fresh = new DOMParser().parseFromString(text, "text/html");
      var next = fresh.getElementById("live"), live = doc.getElementById("live");
      if (!next || !live) { location.reload(); return; }
      var x = window.scrollX, y = window.scrollY;
      doc.title = fresh.title;
      doc.body.setAttribute("data-watch", fresh.body.getAttribute("data-watch") || "");
      doc.body.className = fresh.body.className + (doc.body.classList.contains("findings-hidden") ? " findings-hidden" : "");
      live.replaceWith(doc.importNode(next, true));
      setUpIndex();
      setUpFindings();
      window.scrollTo(x, y);
      doc.documentElement.setAttribute("data-refreshed", String(Date.now()));
    }).catch(function () {
      // The server stopped; the events stream says when it is back.
    }).then(function () {
      loading = false;
      if (again) { again = false; refresh(); }
    });
  }

  function follow() {
    var url = doc.body.getAttribute("data-events");
    if (!url || !window.EventSource) return;
    var status = doc.getElementById("live-status");
    var server = "", lost = false;
    var source = new EventSource(url);
    function say(text, offline) {
      status = doc.getElementById("live-status") || status;
      if (!status) return;
      status.textContent = text;
      status.classList.toggle("offline", offline);
    }
    source.addEventListener("hello", function (ev) {
      if ((server && ev.data !== server) || lost) refresh();
      server = ev.data;
      lost = false;
      say("Live", false);
    });
    source.addEventListener("change", function (ev) {
      var watch = doc.body.getAttribute("data-watch");
      var files = [];
      try { files = JSON.parse(ev.data).files || []; } catch (e) { return; }
      if (watch === "*" || (watch && files.indexOf(watch) >= 0)) refresh();
    });
    source.onerror = function () {
      lost = true;
      say("Reconnecting\u2026", true);
    };
  }

  function start() {
    setUpIndex();
    setUpFindings();
    follow();
  }
  if (doc.readyState === "loading") {
    doc.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
