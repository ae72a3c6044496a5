// bnqa web page: paste a draft, see issues underlined in place, apply fixes. No external resources.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const draft = $("draft"), backdrop = $("backdrop"), list = $("issues"), statusEl = $("status");
  const kindEl = $("kind"), previewEl = $("preview"), fixAllBtn = $("fix-all"), summary = $("summary");
  let rules = {};            // code -> rule (message, explanation, fix message)
  let issues = [];           // diagnostics with UTF-16 offsets added (s16, e16, edits16)
  let checkedText = null;    // the text the issues belong to
  let timer = null, seq = 0, active = -1;

  const SEV = { error: "ত্রুটি", warning: "সতর্কতা", info: "পরামর্শ" };

  function esc(s) {
    return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[c]));
  }

  // bnqa offsets count code points; JavaScript strings count UTF-16 units
  function cpToU16(text) {
    const map = [0];
    let u = 0;
    for (const ch of text) { u += ch.length; map.push(u); }
    return (i) => map[Math.min(Math.max(i, 0), map.length - 1)];
  }

  async function loadRules() {
    try {
      const r = await fetch("/api/rules");
      for (const rule of await r.json()) rules[rule.code] = rule;
    } catch (e) { /* explanations are optional */ }
  }

  function setStatus(msg) { statusEl.textContent = msg; }
  const bn = (x) => String(x).replace(/[0-9]/g, (c) => "০১২৩৪৫৬৭৮৯"[c]);

  async function check() {
    const text = draft.value, my = ++seq;
    setStatus("পরীক্ষা চলছে…");
    let body;
    try {
      const r = await fetch("/api/check", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text, kind: kindEl.value, preview: previewEl.checked, lang: "bn" }),
      });
      body = await r.json();
      if (!r.ok) throw new Error(body.error || r.statusText);
    } catch (e) {
      setStatus("সার্ভারে সমস্যা: " + e.message);
      return;
    }
    if (my !== seq) return;              // a newer check is under way
    const u = cpToU16(text);
    issues = body.diagnostics.map((d) => Object.assign(d, {
      s16: u(d.offset), e16: u(d.offset + d.length),
      edits16: d.fix ? d.fix.edits.map((e) => ({ s: u(e.offset), e: u(e.offset + e.length), content: e.content })) : null,
    }));
    checkedText = text;
    active = -1;
    render();
    const n = issues.length, safe = issues.filter((d) => d.fix && d.fix.applicability === "safe").length;
    setStatus(n ? `${bn(n)}টি সমস্যা পাওয়া গেছে (${bn(safe)}টির নিরাপদ সমাধান আছে)` : "কোনো সমস্যা পাওয়া যায়নি");
    const sc = body.score;
    summary.textContent = n ? `স্কোর ${bn(sc.score)} (প্রতি ১,০০০ শব্দে ভারযুক্ত সমস্যা; কম হলে ভালো) · ${bn(sc.words)} শব্দ` : "";
    fixAllBtn.disabled = safe === 0;
  }

  function render() {
    const text = checkedText || "";
    // underlines: non-overlapping marks in order; overlapping issues share the first mark
    let html = "", pos = 0;
    const sorted = issues.map((d, i) => [d, i]).sort((a, b) => a[0].s16 - b[0].s16 || b[0].e16 - a[0].e16);
    for (const [d, i] of sorted) {
      if (d.s16 < pos) continue;
      html += esc(text.slice(pos, d.s16));
      const inner = text.slice(d.s16, d.e16);
      const cls = [d.severity, inner ? "" : "empty", i === active ? "active" : ""].join(" ");
      html += `<mark class="${cls}" data-i="${i}">${esc(inner)}</mark>`;
      pos = d.e16;
    }
    html += esc(text.slice(pos)) + "\n";
    backdrop.innerHTML = html;
    backdrop.scrollTop = draft.scrollTop;
    list.innerHTML = "";
    const tpl = $("issue-template");
    issues.forEach((d, i) => {
      const li = tpl.content.firstElementChild.cloneNode(true);
      li.classList.add(d.severity);
      if (i === active) li.classList.add("active");
      li.dataset.i = i;
      li.dataset.code = d.code;
      li.querySelector(".code").textContent = d.code;
      li.querySelector(".message").textContent = d.message;
      const rule = rules[d.code];
      const expl = rule && rule.explanation ? (rule.explanation.bn || rule.explanation.en) : "";
      li.querySelector(".explain-text").textContent = expl || d.message;
      li.querySelector(".explanation").open = i === active;
      const fixLine = li.querySelector(".fix-line");
      const apply = li.querySelector(".apply");
      if (d.fix) {
        const before = text.slice(Math.min(d.s16, ...d.edits16.map((e) => e.s)), Math.max(d.e16, ...d.edits16.map((e) => e.e)));
        const after = applyEdits(before, d.edits16, Math.min(d.s16, ...d.edits16.map((e) => e.s)));
        fixLine.innerHTML = `${SEV[d.severity] || ""} · ${esc(d.fix.message || "")}: <del>${esc(show(before))}</del> → <ins>${esc(show(after))}</ins>` +
          (d.fix.applicability === "unsafe" ? " <em>(যাচাই করে নিন)</em>" : "");
        apply.addEventListener("click", () => applyFix(i));
      } else {
        fixLine.textContent = (SEV[d.severity] || "") + " · স্বয়ংক্রিয় সমাধান নেই; নিজে লিখে ঠিক করুন";
        apply.remove();
      }
      li.querySelector(".show").addEventListener("click", () => select(i, true));
      list.appendChild(li);
    });
  }

  function show(s) { return s.replace(/ /g, "␣").replace(/\n/g, "↵") || "∅"; }

  function applyEdits(text, edits, base) {
    let out = text;
    for (const e of [...edits].sort((a, b) => b.s - a.s)) out = out.slice(0, e.s - base) + e.content + out.slice(e.e - base);
    return out;
  }

  function select(i, focus) {
    active = i;
    const d = issues[i];
    render();
    const li = list.querySelector(`li[data-i="${i}"]`);
    if (li) li.scrollIntoView({ block: "nearest" });
    if (focus) { draft.focus(); draft.setSelectionRange(d.s16, d.e16); }
  }

  async function applyFix(i) {
    const d = issues[i];
    if (draft.value !== checkedText) { await check(); return; }
    draft.value = applyEdits(draft.value, d.edits16, 0);
    await check();
  }

  async function fixAll() {
    setStatus("সমাধান প্রয়োগ হচ্ছে…");
    try {
      const r = await fetch("/api/fix", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ text: draft.value, kind: kindEl.value, preview: previewEl.checked }),
      });
      const body = await r.json();
      if (!r.ok) throw new Error(body.error || r.statusText);
      draft.value = body.text;
      await check();
      setStatus(`${bn(body.applied)}টি নিরাপদ সমাধান প্রয়োগ হয়েছে · ` + statusEl.textContent);
    } catch (e) { setStatus("সার্ভারে সমস্যা: " + e.message); }
  }

  draft.addEventListener("input", () => {
    if (checkedText !== null) { checkedText = draft.value; issues = []; render(); fixAllBtn.disabled = true; }
    clearTimeout(timer);
    timer = setTimeout(check, 800);
  });
  draft.addEventListener("scroll", () => { backdrop.scrollTop = draft.scrollTop; });
  draft.addEventListener("click", () => {
    if (draft.value !== checkedText) return;
    const p = draft.selectionStart;
    const i = issues.findIndex((d) => d.s16 <= p && p <= d.e16);
    if (i >= 0) select(i, false);
  });
  $("check").addEventListener("click", check);
  fixAllBtn.addEventListener("click", fixAll);
  kindEl.addEventListener("change", check);
  previewEl.addEventListener("change", check);
  loadRules();
})();
