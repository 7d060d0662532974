/* policydiff reports: filters, locating, panes that scroll in step, search, keys.
   Plain DOM, no markup built from strings: document text is only ever moved as text nodes.
   Markup contract (set by the templates):
     fieldset.filters[data-filter=ATTR][data-items=SEL][data-count=SEL]  checkboxes whose value is an ATTR value
     [data-go="KEY #id …"]  clicking it scrolls every pane to KEY (first [data-k~=KEY] in each pane) or #id
     .pane  a scrolling text column; .panes  panes that scroll in step while #sync is checked
     [data-k="KEY …"]  a place the panes line up on (the same KEY in every pane)
     [data-nav]  what j/k move through;  .text  what the search looks in
     [data-copy=ID]  copies a link to #ID;  [data-download=NAME][data-format=csv|json]  saves table NAME of
       script#report-data ({columns, rows}) as a file, made in the page (a Blob: no request)
     [data-show=SIDE]  at phone width shows only the [data-side=SIDE] elements of its kind
     .tools-toggle  folds the toolbar at phone width;  #filters-now  the active filters, in words, for print */
(function () {
  "use strict";
  var $ = function (sel, root) { return Array.prototype.slice.call((root || document).querySelectorAll(sel)); };
  var lockUntil = 0;

  /* ---- filters ---- */
  function applyFilter(set) {
    var attr = "data-" + set.getAttribute("data-filter");
    var off = {};
    $("input[type=checkbox]", set).forEach(function (box) {
      off[box.value] = !box.checked;
      document.body.classList.toggle("show-" + box.value, box.checked);
    });
    $(set.getAttribute("data-items")).forEach(function (el) { el.hidden = !!off[el.getAttribute(attr)]; });
    var counted = $(set.getAttribute("data-count") || set.getAttribute("data-items"));
    var out = set.querySelector("output");
    if (out) {
      out.textContent = counted.filter(function (el) { return !el.hidden; }).length + " / " + counted.length;
    }
    describeFilters();
  }
  function describeFilters() {
    var now = document.getElementById("filters-now");
    if (!now) { return; }
    var parts = $("fieldset.filters").map(function (set) {
      var legend = set.querySelector("legend");
      var on = $("label", set).filter(function (l) { var b = l.querySelector("input"); return b && b.checked; });
      return (legend ? legend.textContent : "") + "：" + (on.map(function (l) { return l.textContent.trim(); }).join("，") || "无 none");
    });
    now.textContent = parts.length ? "当前筛选 active filters — " + parts.join("；") : "";
    now.hidden = !parts.length;
  }
  function revealFiltered(el) {
    $("fieldset.filters").forEach(function (set) {
      var attr = "data-" + set.getAttribute("data-filter"), holder = el.closest("[" + attr + "]");
      var value = holder && holder.getAttribute(attr);
      var box = value && set.querySelector("input[value='" + CSS.escape(value) + "']");
      if (holder.hidden && box && !box.checked) { box.checked = true; applyFilter(set); }
    });
  }

  /* ---- locating: scroll every pane to a place and mark it ---- */
  function topIn(pane, el) {
    return el.getBoundingClientRect().top - pane.getBoundingClientRect().top;
  }
  function centre(pane, el) {
    lockUntil = Date.now() + 300;
    pane.scrollTop += topIn(pane, el) - pane.clientHeight / 2 + el.getBoundingClientRect().height / 2;
  }
  function targets(go) {
    var found = [];
    go.split(/\s+/).forEach(function (token) {
      if (token.charAt(0) === "#") {
        var el = document.getElementById(token.slice(1));
        if (el) { found.push(el); }
      } else if (token) {
        $(".pane").forEach(function (pane) {
          found = found.concat($("[data-k~='" + CSS.escape(token) + "']", pane).filter(function (el, i, all) {
            return i === 0 || el.parentNode === all[0].parentNode;
          }));
        });
      }
    });
    return found;
  }
  function locate(go, withPage) {
    var found = targets(go);
    $(".here").forEach(function (el) { el.classList.remove("here"); });
    var centred = [];
    found.forEach(function (el) {
      el.classList.add("here");
      var pane = el.closest(".pane");
      if (pane && centred.indexOf(pane) < 0) { centred.push(pane); centre(pane, el); }
    });
    var panes = found.length && found[0].closest(".panes");
    if (withPage && panes) { panes.scrollIntoView({block: "start"}); }
    return found;
  }

  /* ---- panes in step: line the other panes up on the first shared place in view ---- */
  function firstInView(pane) {
    var marks = $("[data-k]", pane).filter(function (el) { return el.getClientRects().length; });
    var lo = 0, hi = marks.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (topIn(pane, marks[mid]) < 0) { lo = mid + 1; } else { hi = mid; }
    }
    return marks[lo];
  }
  function follow(pane) {
    var sync = document.getElementById("sync");
    if (!sync || !sync.checked || Date.now() < lockUntil) { return; }
    var mark = firstInView(pane);
    if (!mark) { return; }
    var offset = topIn(pane, mark);
    $(".pane", pane.closest(".panes")).forEach(function (other) {
      if (other === pane) { return; }
      var keys = mark.getAttribute("data-k").split(" ");
      for (var i = 0; i < keys.length; i++) {
        var twin = other.querySelector("[data-k~='" + CSS.escape(keys[i]) + "']");
        if (twin) { other.scrollTop += topIn(other, twin) - offset; break; }
      }
    });
    lockUntil = Date.now() + 100;
  }
  function watchPanes() {
    $(".pane").forEach(function (pane) {
      var queued = false;
      pane.addEventListener("scroll", function () {
        if (queued || Date.now() < lockUntil) { return; }
        queued = true;
        requestAnimationFrame(function () { queued = false; follow(pane); });
      }, {passive: true});
    });
  }

  /* ---- search: wrap hits in <mark class="hit">, across element boundaries ---- */
  var hits = [], current = -1;
  function clearHits() {
    $("mark.hit").forEach(function (mark) {
      var parent = mark.parentNode;
      parent.replaceChild(document.createTextNode(mark.textContent), mark);
      parent.normalize();
    });
    hits = []; current = -1;
  }
  function textNodes(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), nodes = [], n;
    while ((n = walker.nextNode())) { nodes.push(n); }
    return nodes;
  }
  function wrap(node, from, to) {
    var range = document.createRange(), mark = document.createElement("mark");
    mark.className = "hit";
    range.setStart(node, from); range.setEnd(node, to);
    range.surroundContents(mark);
    return mark;
  }
  function searchIn(root, query) {
    var nodes = textNodes(root), starts = [], whole = "";
    nodes.forEach(function (n) { starts.push(whole.length); whole += n.data; });
    var found = [], at = whole.toLowerCase().indexOf(query);
    while (at >= 0) { found.push(at); at = whole.toLowerCase().indexOf(query, at + query.length); }
    var marks = [];
    for (var f = found.length - 1; f >= 0; f--) {
      var piece = [];
      for (var i = nodes.length - 1; i >= 0; i--) {
        var s = Math.max(found[f], starts[i]), e = Math.min(found[f] + query.length, starts[i] + nodes[i].data.length);
        if (s < e) { piece.unshift(wrap(nodes[i], s - starts[i], e - starts[i])); }
      }
      marks.unshift(piece[0]);
    }
    return marks;
  }
  function search(query) {
    clearHits();
    query = query.toLowerCase();
    if (query) {
      $(".text").filter(function (t) { return !t.closest("[hidden]"); }).forEach(function (t) {
        hits = hits.concat(searchIn(t, query));
      });
    }
    showHit(hits.length ? 0 : -1);
  }
  function showHit(index) {
    $(".hit-now").forEach(function (el) { el.classList.remove("hit-now"); });
    current = index;
    var out = document.getElementById("q-count");
    if (out) { out.textContent = hits.length ? (current + 1) + " / " + hits.length : (document.getElementById("q").value ? "0" : ""); }
    if (current < 0) { return; }
    var mark = hits[current];
    mark.classList.add("hit-now");
    var pane = mark.closest(".pane");
    if (pane) { centre(pane, mark); }
    mark.scrollIntoView({block: "nearest"});
  }
  function step(delta) {
    if (hits.length) { showHit((current + delta + hits.length) % hits.length); }
  }

  /* ---- keys: j/k items, / search, n/N hits, s sync, Esc clear ---- */
  function moveItem(delta) {
    var items = $("[data-nav]").filter(function (el) { return el.getClientRects().length; });
    if (!items.length) { return; }
    var active = document.activeElement && document.activeElement.closest("[data-nav]");
    var at = items.indexOf(active);
    var next = items[at < 0 ? (delta > 0 ? 0 : items.length - 1) : Math.min(Math.max(at + delta, 0), items.length - 1)];
    var focus = next.querySelector("a[href]") || next;
    if (focus === next && !next.hasAttribute("tabindex")) { next.tabIndex = -1; }
    focus.focus({preventScroll: true});
    var pane = next.closest(".pane");
    if (pane) { centre(pane, next); }
    next.scrollIntoView({block: "nearest"});
    if (next.id) { history.replaceState(null, "", "#" + next.id); }
    var go = next.getAttribute("data-go");
    if (go) { locate(go, false); }
  }
  function onKey(event) {
    var q = document.getElementById("q");
    if (event.target === q) {
      if (event.key === "Enter") { event.preventDefault(); step(event.shiftKey ? -1 : 1); }
      if (event.key === "Escape") { q.value = ""; search(""); q.blur(); }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || /^(INPUT|SELECT|TEXTAREA)$/.test(event.target.tagName)) { return; }
    var sync = document.getElementById("sync");
    var actions = {
      "j": function () { moveItem(1); }, "k": function () { moveItem(-1); },
      "n": function () { step(1); }, "N": function () { step(-1); },
      "/": function () { if (q) { q.focus(); q.select(); } },
      "s": function () { if (sync) { sync.checked = !sync.checked; } },
      "Escape": function () { if (q) { q.value = ""; search(""); } }
    };
    if (actions[event.key]) { event.preventDefault(); actions[event.key](); }
  }

  /* ---- data out of the page: links, CSV and JSON files ---- */
  function copyLink(button) {
    var id = button.getAttribute("data-copy"), url = location.href.split("#")[0] + "#" + id;
    history.replaceState(null, "", "#" + id);
    function done() {
      button.classList.add("copied");
      setTimeout(function () { button.classList.remove("copied"); }, 1500);
    }
    function fallback() {
      var area = document.createElement("textarea");
      area.value = url;
      document.body.appendChild(area);
      area.select();
      try { document.execCommand("copy"); } catch (e) { /* the link is in the address bar all the same */ }
      document.body.removeChild(area);
      done();
    }
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(url).then(done, fallback);
    } else { fallback(); }
  }
  function csvCell(value) {
    // a text a spreadsheet would run as a formula gets a leading ' (policydiff.report.sheets: numbers stay numbers)
    var text = value === null || value === undefined ? "" : String(value);
    if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) { text = "'" + text; }
    return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  function download(button) {
    var name = button.getAttribute("data-download"), format = button.getAttribute("data-format");
    var table = JSON.parse(document.getElementById("report-data").textContent)[name], text, type;
    if (format === "csv") {
      text = "\ufeff" + [table.columns].concat(table.rows).map(function (row) {
        return row.map(csvCell).join(",");
      }).join("\n") + "\n";
      type = "text/csv;charset=utf-8";
    } else {
      text = JSON.stringify(table.rows.map(function (row) {
        var record = {};
        table.columns.forEach(function (column, i) { record[column] = row[i]; });
        return record;
      }), null, 2);
      type = "application/json;charset=utf-8";
    }
    var link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([text], {type: type}));
    link.download = document.body.getAttribute("data-report") + "-" + name + "." + format;
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
  }

  /* ---- phone width: a folding toolbar, one text at a time ---- */
  var toolbar = document.querySelector(".toolbar");
  function measureToolbar() {
    var sticky = toolbar && getComputedStyle(toolbar).position === "sticky";
    document.documentElement.style.setProperty("--bar", (sticky ? toolbar.getBoundingClientRect().height : 0) + "px");
  }
  function show(button) {
    var side = button.getAttribute("data-show");
    $("[data-show]", button.parentNode).forEach(function (b) { b.setAttribute("aria-pressed", String(b === button)); });
    $("[data-side]").forEach(function (el) { el.classList.toggle("side-off", el.getAttribute("data-side") !== side); });
  }

  /* ---- clicks and anchors ---- */
  function onClick(event) {
    var control = event.target.closest("[data-copy], [data-download], [data-show], .tools-toggle");
    if (control) {
      if (control.hasAttribute("data-copy")) { copyLink(control); }
      else if (control.hasAttribute("data-download")) { download(control); }
      else if (control.hasAttribute("data-show")) { show(control); }
      else {
        var open = toolbar.classList.toggle("open");
        control.setAttribute("aria-expanded", String(open));
        measureToolbar();
      }
      return;
    }
    var link = event.target.closest("a[href^='#']");
    if (link && !link.hasAttribute("data-go")) {  /* a plain link: the browser follows it and onHash marks it */
      if (link.getAttribute("href") === location.hash) { event.preventDefault(); onHash(); }
      return;
    }
    var holder = link || event.target.closest("[data-go]");
    if (!holder || (holder !== link && holder.closest(".pane"))) { return; }
    if (link) { event.preventDefault(); }
    var anchor = link ? link.getAttribute("href") : holder.id && "#" + holder.id;
    if (anchor) { history.replaceState(null, "", anchor); }
    locate(holder.getAttribute("data-go"), true);
  }
  function onHash() {
    var el = location.hash.length > 1 && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!el) { return; }
    revealFiltered(el);
    var go = el.getAttribute("data-go");
    if (go) { locate(go, false); }
    el.scrollIntoView({block: "start"});
  }

  $("fieldset.filters").forEach(function (set) {
    set.addEventListener("change", function () { applyFilter(set); });
    applyFilter(set);
  });
  var q = document.getElementById("q"), timer = 0;
  if (q) {
    q.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { search(q.value); }, 150); });
  }
  $("[data-step]").forEach(function (b) {
    b.addEventListener("click", function () { step(Number(b.getAttribute("data-step"))); });
  });
  document.addEventListener("keydown", onKey);
  document.addEventListener("click", onClick);
  window.addEventListener("hashchange", onHash);
  watchPanes();
  $(".side-toggle [aria-pressed=true]").forEach(show);
  describeFilters();
  measureToolbar();
  if (toolbar && window.ResizeObserver) { new ResizeObserver(measureToolbar).observe(toolbar); }
  window.addEventListener("resize", measureToolbar);
  onHash();
})();
