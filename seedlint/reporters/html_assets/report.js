// seedlint HTML report. Document text only ever reaches the page through textContent.
"use strict";
(function () {
  const idx = JSON.parse(document.getElementById("sl-index").textContent);
  const PAGE = 100;
  // What a reader would not see, or would see reordered: shown as \uXXXX (seedlint.display's set,
  // less tab and line breaks, which the text view keeps; a CR outside CRLF is shown).
  const UNSAFE = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g;
  const chunkEls = new Map();
  for (const el of document.querySelectorAll("script.sl-chunk")) chunkEls.set(Number(el.dataset.chunk), el);
  const chunks = new Map();
  const state = { fams: new Set(idx.families.map((_, i) => i)), sevs: new Set([0, 1, 2]), rule: "", query: "",
    shown: [], page: 0, doc: -1, body: null, order: [], pos: -1 };
  const $ = (id) => document.getElementById(id);
  const famOf = (r) => idx.families.indexOf(idx.rules[r].family);

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) appendVisible(e, text);
    return e;
  }
  function hex(ch) { return "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0"); }
  function appendVisible(parent, s) {
    let last = 0;
    for (const m of s.matchAll(UNSAFE)) {
      if (m.index > last) parent.appendChild(document.createTextNode(s.slice(last, m.index)));
      const c = document.createElement("span");
      c.className = "ctrl";
      c.textContent = hex(m[0]);
      parent.appendChild(c);
      last = m.index + m[0].length;
    }
    if (last < s.length) parent.appendChild(document.createTextNode(s.slice(last)));
  }
  function oneLine(s) { return s.replace(UNSAFE, hex).replace(/[\r\n]/g, (c) => hex(c)); }

  async function chunk(n) {
    if (!chunks.has(n)) {
      chunks.set(n, (async () => {
        const bin = Uint8Array.from(atob(chunkEls.get(n).textContent.trim()), (c) => c.charCodeAt(0));
        const stream = new Blob([bin]).stream().pipeThrough(new DecompressionStream("gzip"));
        return JSON.parse(await new Response(stream).text());
      })());
    }
    return chunks.get(n);
  }

  function findingOn(f) {
    return state.fams.has(famOf(f.r)) && state.sevs.has(f.s) && (state.rule === "" || state.rule === String(f.r));
  }
  function docOn(d) {
    if (state.query && !d[0].toLowerCase().includes(state.query)) return false;
    return d[2].some(([r, s]) => findingOn({ r, s }));
  }

  function buildFilters() {
    const fams = $("families");
    idx.families.forEach((name, i) => {
      const label = el("label", "fam-" + i);
      const box = document.createElement("input");
      box.type = "checkbox"; box.checked = true; box.name = "family"; box.value = String(i);
      box.addEventListener("change", () => { box.checked ? state.fams.add(i) : state.fams.delete(i); refilter(); });
      label.append(box, " ", el("span", "swatch"), " ", name);
      fams.appendChild(label);
    });
    for (const box of document.querySelectorAll('input[name="sev"]')) {
      box.addEventListener("change", () => {
        const v = Number(box.value);
        box.checked ? state.sevs.add(v) : state.sevs.delete(v);
        refilter();
      });
    }
    const select = $("rule");
    idx.rules.forEach((r, i) => {
      const o = document.createElement("option");
      o.value = String(i); o.textContent = r.code + " " + r.name;
      select.appendChild(o);
    });
    select.addEventListener("change", () => { state.rule = select.value; refilter(); });
    $("search").addEventListener("input", (e) => { state.query = e.target.value.trim().toLowerCase(); refilter(); });
    $("prev").addEventListener("click", () => { if (state.page > 0) { state.page--; renderList(); } });
    $("next").addEventListener("click", () => { if ((state.page + 1) * PAGE < state.shown.length) { state.page++; renderList(); } });
  }

  function refilter() {
    state.shown = [];
    idx.docs.forEach((d, i) => { if (docOn(d)) state.shown.push(i); });
    state.page = 0;
    renderList();
    if (state.body) applyFilter();
  }

  function renderList() {
    const list = $("doclist");
    list.replaceChildren();
    const pages = Math.max(1, Math.ceil(state.shown.length / PAGE));
    for (const i of state.shown.slice(state.page * PAGE, (state.page + 1) * PAGE)) {
      const d = idx.docs[i];
      const li = el("li", i === state.doc ? "current" : "");
      li.dataset.doc = String(i);
      li.tabIndex = 0;
      li.append(el("span", "n", String(d[1])), el("span", "path", d[0]));
      li.addEventListener("click", () => openDoc(i));
      li.addEventListener("keydown", (e) => { if (e.key === "Enter") openDoc(i); });
      list.appendChild(li);
    }
    $("count").textContent = state.shown.length + " of " + idx.docs.length + " documents with findings";
    $("page").textContent = "page " + (state.page + 1) + " of " + pages;
  }

  async function openDoc(i) {
    const body = (await chunk(Math.floor(i / idx.chunk)))[i % idx.chunk];
    state.doc = i; state.body = body;
    const at_ = state.shown.indexOf(i);
    if (at_ >= 0) state.page = Math.floor(at_ / PAGE);
    renderList();
    renderDoc(idx.docs[i], body);
    applyFilter();
    state.pos = -1;
  }

  function ruleLink(r) {
    const rule = idx.rules[r];
    if (!rule.url) return el("span", "code", rule.code + " " + rule.name);
    const a = el("a", "code", rule.code + " " + rule.name);
    a.href = rule.url; a.target = "_blank"; a.rel = "noopener";
    if (rule.summary) a.title = rule.summary;
    return a;
  }

  function renderDoc(d, body) {
    const art = $("doc");
    art.replaceChildren();
    art.append(el("h2", "", d[0]), el("p", "", ""));
    art.lastChild.id = "status";
    const grid = el("div", "doc-grid");
    const margin = el("ol", "margin");
    const anchors = body.f.map(() => null);
    const cps = body.t !== null ? Array.from(body.t) : null;  // offsets are code points
    body.f.forEach((f, k) => {
      const rule = idx.rules[f.r];
      const li = el("li", "fam-" + famOf(f.r));
      li.dataset.f = String(k);
      li.append(ruleLink(f.r), " ", el("span", "sev-" + idx.severities[f.s], idx.severities[f.s]), " ",
        el("span", "where", f.l[0] + ":" + f.l[1]), el("div", "msg", f.m));
      if (f.x) {
        const fix = el("div", "fix", (f.x.safe ? "--fix" : "--unsafe-fixes") + " would ");
        f.x.e.forEach(([a, b, content], j) => {
          const removed = cps !== null ? cps.slice(a, b).join("") : (j === 0 ? f.t : "");
          if (j) fix.append("; ");
          if (removed) { fix.append("remove "); const del = el("del", "", oneLine(removed)); fix.append(del); }
          if (content) fix.append((removed ? " and " : "") + "insert ", el("ins", "", oneLine(content)));
        });
        li.appendChild(fix);
      }
      if (f.a === null && body.t === null && f.t) li.appendChild(el("div", "matched", "matched: " + oneLine(f.t)));
      li.addEventListener("click", () => go(state.order.indexOf(k)));
      anchors[k] = li;
      margin.appendChild(li);
    });
    let text;
    if (body.t === null) {
      text = el("p", "note", "The document's text could not be read back (missing, unreadable or changed since the run): its findings only.");
    } else {
      text = el("pre", "text");
      renderText(text, body);
    }
    grid.append(text, margin);
    art.appendChild(grid);
    state.margin = anchors;
  }

  function renderText(pre, body) {
    const cps = Array.from(body.t);
    const n = cps.length;
    const cuts = new Set([0, n]);
    const removes = [];
    body.f.forEach((f) => {
      if (f.a === null) return;
      cuts.add(f.a); cuts.add(f.b);
      if (f.x) for (const [a, b] of f.x.e) if (b > a && b <= n) { cuts.add(a); cuts.add(b); removes.push([a, b]); }
    });
    const points = [...cuts].filter((p) => p >= 0 && p <= n).sort((x, y) => x - y);
    const pins = new Map();
    body.f.forEach((f, k) => { if (f.a !== null && f.a === f.b) { if (!pins.has(f.a)) pins.set(f.a, []); pins.get(f.a).push(k); } });
    state.marks = body.f.map(() => []);
    for (let i = 0; i < points.length; i++) {
      const p = points[i];
      for (const k of pins.get(p) || []) {
        const pin = el("span", "hl pin fam-" + famOf(body.f[k].r));
        pin.dataset.f = String(k);
        pin.tabIndex = -1;
        pin.title = idx.rules[body.f[k].r].code + " " + idx.rules[body.f[k].r].name + ": " + oneLine(body.f[k].m);
        pin.textContent = "\u200b";
        state.marks[k].push(pin);
        pre.appendChild(pin);
      }
      if (i + 1 >= points.length) break;
      const q = points[i + 1];
      const seg = cps.slice(p, q).join("");
      const cover = [];
      body.f.forEach((f, k) => { if (f.a !== null && f.a < f.b && f.a <= p && q <= f.b) cover.push(k); });
      const struck = removes.some(([a, b]) => a <= p && q <= b);
      if (!cover.length) {
        if (struck) pre.appendChild(el("span", "rm", seg)); else appendVisible(pre, seg);
        continue;
      }
      const mark = el("mark", "hl fam-" + famOf(body.f[cover[0]].r) + (struck ? " rm" : ""), seg);
      mark.dataset.f = cover.join(" ");
      mark.tabIndex = -1;
      mark.title = cover.map((k) => idx.rules[body.f[k].r].code + " " + idx.rules[body.f[k].r].name + ": " + oneLine(body.f[k].m)).join("\n");
      mark.addEventListener("focus", () => status(cover[0]));
      for (const k of cover) state.marks[k].push(mark);
      pre.appendChild(mark);
    }
  }

  function applyFilter() {
    const body = state.body;
    state.order = [];
    body.f.forEach((f, k) => {
      const on = findingOn(f);
      if (on) state.order.push(k);
      state.margin[k].classList.toggle("off", !on);
    });
    for (const m of document.querySelectorAll("#doc .hl")) {
      const on = m.dataset.f.split(" ").some((k) => findingOn(body.f[Number(k)]));
      m.classList.toggle("off", !on);
    }
  }

  function status(k) {
    const f = state.body.f[k];
    const rule = idx.rules[f.r];
    const s = $("status");
    if (s) s.textContent = rule.code + " " + rule.name + " (" + idx.severities[f.s] + ", " + f.l[0] + ":" + f.l[1] + "): " + oneLine(f.m);
  }

  function go(pos) {
    if (pos < 0 || pos >= state.order.length) return;
    state.pos = pos;
    const k = state.order[pos];
    for (const c of document.querySelectorAll("#doc .current")) c.classList.remove("current");
    const target = (state.marks && state.marks[k] && state.marks[k][0]) || state.margin[k];
    state.margin[k].classList.add("current");
    target.classList.add("current");
    target.tabIndex = -1;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: "nearest" });
    status(k);
  }

  async function step(delta) {
    if (state.doc < 0 || !state.order.length) {
      if (state.shown.length) { await openDoc(state.shown[0]); go(0); }
      return;
    }
    const pos = state.pos + delta;
    if (pos >= 0 && pos < state.order.length) return go(pos);
    const at = state.shown.indexOf(state.doc) + delta;
    if (at < 0 || at >= state.shown.length) return;
    await openDoc(state.shown[at]);
    go(delta > 0 ? 0 : state.order.length - 1);
  }
  async function stepDoc(delta) {
    const at = state.shown.indexOf(state.doc) + delta;
    if (at >= 0 && at < state.shown.length) { await openDoc(state.shown[at]); go(0); }
  }

  document.addEventListener("keydown", (e) => {
    const t = e.target;
    if (e.ctrlKey || e.metaKey || e.altKey || (t && (t.tagName === "INPUT" || t.tagName === "SELECT" || t.tagName === "TEXTAREA"))) return;
    const keys = { j: () => step(1), n: () => step(1), k: () => step(-1), p: () => step(-1), "]": () => stepDoc(1), "[": () => stepDoc(-1) };
    if (keys[e.key]) { e.preventDefault(); keys[e.key](); }
  });

  buildFilters();
  refilter();
  window.slFirstRender = performance.now();
  document.body.dataset.ready = "1";
})();
