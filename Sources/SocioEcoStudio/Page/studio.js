// socioeco studio: the page over `socioeco serve`'s API (docs/studio-openapi.yaml).
// Plain JavaScript with no build step: each view is a function from the state to the DOM,
// and every change goes through the server, which keeps the undo history and the journal.
// Free text only ever reaches the DOM through textContent or attribute values, never markup.
"use strict";

(function () {
  const state = {
    etag: null,
    dirty: false,
    programme: null,
    vocabulary: null,
    report: null,
    svg: "",
    suggestions: null,
    filter: null, // {label, ids: Set}
    editing: null, // intervention id being edited, or null for a new one
    editingAgency: null,
    editingPlace: null,
  };

  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    if (attrs) {
      for (const [k, v] of Object.entries(attrs)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === "text") e.textContent = v;
        else if (k === "on") for (const [ev, f] of Object.entries(v)) e.addEventListener(ev, f);
        else e.setAttribute(k, v === true ? "" : String(v));
      }
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  // ---- Talking to the server ----

  class ApiError extends Error {
    constructor(status, body) {
      super((body && body.error) || "The server answered " + status + ".");
      this.status = status;
      this.body = body || {};
    }
  }

  async function api(method, path, body) {
    const headers = { Accept: "application/json" };
    if (method !== "GET") {
      if (state.etag) headers["If-Match"] = '"' + state.etag + '"';
    }
    if (body !== undefined) headers["Content-Type"] = "application/json";
    let response;
    try {
      response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: "same-origin",
        cache: "no-store",
      });
    } catch (e) {
      throw new ApiError(0, { error: "The studio server does not answer. Is `socioeco serve` still running?" });
    }
    let data = null;
    const type = response.headers.get("Content-Type") || "";
    if (type.includes("json")) {
      try { data = await response.json(); } catch (e) { data = null; }
    }
    if (!response.ok) throw new ApiError(response.status, data);
    if (data && typeof data.etag === "string") state.etag = data.etag;
    return data;
  }

  async function refresh() {
    const [p, a, s] = await Promise.all([
      api("GET", "/api/programme"),
      api("GET", "/api/analysis"),
      api("GET", "/api/suggestions").catch(() => null),
    ]);
    state.programme = p.programme;
    state.vocabulary = p.vocabulary;
    state.dirty = !!p.dirty;
    state.etag = p.etag;
    state.report = a.report;
    state.svg = a.svg;
    state.suggestions = s ? s.suggestions : null;
    if (state.filter) state.filter = recomputeFilter(state.filter);
    render();
  }

  // A change the server may refuse: 412 means the programme moved on (another tab, another
  // tool); the page shows the current state and says so, and the form keeps what was typed.
  async function change(method, path, body, form) {
    try {
      const result = await api(method, path, body);
      clearAlert();
      await refresh();
      return result;
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.status === 412) {
        if (e.body && e.body.etag) state.etag = e.body.etag;
        await refresh().catch(() => {});
        showAlert("The programme was changed elsewhere (another tab or tool) since this page last loaded it, " +
          "so this change was not applied. The page now shows the current programme" +
          (form ? "; your entries are still in the form: check them and submit again." : "; please do it again."));
      } else if (e.status === 422 && form) {
        showProblems(form, e.body.problems || [], e.body.error);
      } else if (e.status === 400 && form) {
        showProblems(form, e.body.problems || [], e.body.error || "The server could not read this change.");
      } else {
        // A refused deletion names what still depends on the element, in the problems.
        const problems = (e.body && e.body.problems) || [];
        showAlert(e.message, problems.map((p) => p.message));
      }
      return null;
    }
  }

  // ---- Messages ----

  let statusTimer = null;
  function say(text) {
    const s = $("status");
    s.textContent = text;
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => { s.textContent = ""; }, 8000);
  }
  function showAlert(text, items) {
    $("status").textContent = "";
    const a = clear($("alert"));
    a.append(el("p", { class: "alert-text", text: text.charAt(0).toUpperCase() + text.slice(1) }));
    if (items && items.length) {
      const ul = el("ul", { tabindex: "0", "aria-label": "What stands in the way" });
      for (const item of items) ul.append(el("li", { dir: "auto", text: item }));
      a.append(ul);
    }
    a.hidden = false;
  }
  function clearAlert() {
    $("alert").hidden = true;
    $("alert").textContent = "";
  }

  // ---- Lookups ----

  const levelsVocab = () => (state.vocabulary ? state.vocabulary.levels.slice().sort((a, b) => a.rank - b.rank) : []);
  const levelLabel = (id) => {
    const l = levelsVocab().find((x) => x.id === id);
    return l ? l.label || l.id : id;
  };
  const standardOf = (id) => (state.vocabulary ? state.vocabulary.standards.find((s) => s.id === id) : null);
  const standardLabel = (id) => {
    const s = standardOf(id);
    return s ? (s.number || s.id) + " " + s.title : id;
  };
  const agencyName = (id) => {
    const a = (state.programme.agencies || []).find((x) => x.id === id);
    return a ? a.name : id;
  };
  const placeName = (id) => {
    const p = (state.programme.places || []).find((x) => x.id === id);
    return p ? p.name : id;
  };
  const groupsOf = (i) => (i.reaches || []).map((r) => (typeof r === "string" ? r : r.group));
  const interventions = () => (state.programme ? state.programme.interventions || [] : []);

  // ---- Rendering ----

  function render() {
    if (!state.programme) return;
    $("programme-title").textContent = state.programme.title || state.programme.id;
    document.title = (state.programme.title || state.programme.id) + " · socioeco studio";
    $("state").textContent = state.dirty ? "Unsaved changes" : "Saved";
    $("state").title = state.dirty ? "Kept in a journal beside the file until you save, so a closed tab loses nothing" : "";
    $("state").classList.toggle("dirty", state.dirty);
    renderRings();
    renderMatrix();
    renderPlacesTable();
    renderFindings();
    renderSuggestions();
    renderInterventions();
    renderAgencies();
    renderPlaces();
    fillFormChoices();
  }

  function renderRings() {
    const host = clear($("rings"));
    if (!state.svg) return;
    const doc = new DOMParser().parseFromString(state.svg, "image/svg+xml");
    const root = doc.documentElement;
    if (!root || root.nodeName !== "svg" || doc.getElementsByTagName("parsererror").length) {
      host.append(el("p", { text: "The ring diagram could not be shown." }));
      return;
    }
    const svg = document.importNode(root, true);
    svg.removeAttribute("width");
    svg.removeAttribute("height");
    svg.setAttribute("focusable", "false");
    // A ring's label is its button (a button may not hold the marks' buttons); its band,
    // the circle drawn before the rings, outermost first, answers a mouse click too.
    const rings = Array.from(svg.querySelectorAll("g.ring"));
    rings.forEach((ring) => {
      const level = ring.getAttribute("data-level");
      const pick = (ev) => {
        ev.stopPropagation();
        selectLevel(level);
      };
      ring.addEventListener("click", pick);
      const label = ring.querySelector(":scope > text");
      if (label) {
        label.setAttribute("tabindex", "0");
        label.setAttribute("role", "button");
        label.setAttribute("class", "ring-label");
        label.setAttribute("aria-label", levelLabel(level) + ": show the interventions at this level");
        label.addEventListener("keydown", (ev) => activateOnKey(ev, pick));
      }
    });
    const bands = rings.length ? Array.from(rings[0].parentNode.querySelectorAll(":scope > circle")) : [];
    if (bands.length === rings.length) {
      bands.forEach((band, k) => {
        const level = rings[rings.length - 1 - k].getAttribute("data-level");
        band.classList.add("band");
        band.addEventListener("click", () => selectLevel(level));
      });
    }
    svg.querySelectorAll("g.mark").forEach((mark) => {
      const title = mark.querySelector("title");
      const text = title ? title.textContent : "";
      const id = text.split(": ")[0];
      mark.setAttribute("data-id", id);
      mark.setAttribute("tabindex", "0");
      mark.setAttribute("role", "button");
      mark.setAttribute("aria-label", text);
      const pick = (ev) => {
        ev.stopPropagation();
        selectIds("the mark " + id, [id]);
      };
      mark.addEventListener("click", pick);
      mark.addEventListener("keydown", (ev) => activateOnKey(ev, pick));
    });
    host.append(svg);
  }

  function activateOnKey(ev, f) {
    if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      f(ev);
    }
  }

  function renderMatrix() {
    const table = clear($("matrix"));
    clear($("matrix-legend"));
    const r = state.report;
    if (!r || !r.matrix) return;
    const strategies = r.strategies || [];
    const title = (sid) => {
      const s = strategies.find((x) => x.id === sid);
      return s ? s.title : standardLabel(sid);
    };
    const head = el("tr", null, el("th", { scope: "col", text: "Level" }));
    const cols = r.matrix.length ? r.matrix[0].cell.map((c) => c.standard) : strategies.map((s) => s.id);
    for (const sid of cols) {
      head.append(el("th", { scope: "col", title: title(sid) },
        el("span", { class: "num", text: sid }), el("span", { class: "sr-only", text: " " + title(sid) })));
    }
    table.append(el("caption", { class: "sr-only", text: "Interventions per level and strategy standard" }));
    table.append(el("thead", null, head));
    const approach = r.approach;
    const uncovered = new Set(((approach && approach.uncovered) || []).map((u) => u.level));
    const body = el("tbody");
    for (const row of r.matrix) {
      const tr = el("tr", null, el("th", { scope: "row", text: levelLabel(row.level) }));
      for (const cell of row.cell) {
        const n = cell.interventions;
        if (approach && cell.standard === approach.standard) {
          // The approach is met by working at every level, not by naming its standard:
          // the column says whether this level has any intervention, as the report does.
          const hole = uncovered.has(row.level);
          const words = levelLabel(row.level) + " × " + cell.standard + " " + title(cell.standard) + ": " +
            (hole ? "no intervention works at this level" : "this level is covered");
          tr.append(el("td", { class: hole ? "zero" : "some" },
            el("button", {
              type: "button", class: "cell", "aria-label": words, title: words,
              on: { click: () => selectCell(row.level, cell.standard) },
            }, hole ? "none" : "✓")));
          continue;
        }
        const label = levelLabel(row.level) + " × " + cell.standard + " " + title(cell.standard) + ": " +
          (n === 0 ? "no intervention" : n + (n === 1 ? " intervention" : " interventions"));
        tr.append(el("td", { class: n === 0 ? "zero" : "some" },
          el("button", {
            type: "button", class: "cell", "aria-label": label, title: label,
            on: { click: () => selectCell(row.level, cell.standard) },
          }, n === 0 ? "–" : String(n))));
      }
      body.append(tr);
    }
    table.append(body);
    const legend = clear($("matrix-legend"));
    for (const sid of cols) {
      const item = el("li", null, el("strong", { text: sid }), " ", el("span", { dir: "auto", text: title(sid) }));
      if (approach && sid === approach.standard) {
        item.append(approach.met ? ": met (work at every level)"
          : ": not met (uncovered: " + [...uncovered].map(levelLabel).join(", ") + ")");
      }
      legend.append(item);
    }
  }

  function renderPlacesTable() {
    const card = $("places-table-card");
    const table = clear($("places-table"));
    const rows = state.report && state.report.places;
    card.hidden = !rows || !rows.length;
    if (card.hidden) return;
    const levels = rows[0].level.map((l) => l.level);
    const head = el("tr", null, el("th", { scope: "col", text: "Place" }));
    for (const l of levels) head.append(el("th", { scope: "col", text: levelLabel(l) }));
    table.append(el("caption", { class: "sr-only", text: "Interventions per place and level" }));
    table.append(el("thead", null, head));
    const body = el("tbody");
    for (const row of rows) {
      const tr = el("tr", null, el("th", { scope: "row", dir: "auto", text: row.name }));
      for (const cell of row.level) {
        const n = cell.interventions;
        const label = row.name + ", " + levelLabel(cell.level) + ": " + (n === 0 ? "no intervention" : n);
        tr.append(el("td", { class: n === 0 ? "zero" : "some" },
          el("button", { type: "button", class: "cell", "aria-label": label,
            on: { click: () => selectPlaceLevel(row.id, cell.level) } }, n === 0 ? "–" : String(n))));
      }
      body.append(tr);
    }
    table.append(body);
  }

  function renderFindings() {
    const list = clear($("findings"));
    const f = state.report && state.report.findings;
    if (!f) return;
    const items = f.finding || [];
    $("findings-summary").textContent = items.length === 0 ? "No finding: every level is covered." :
      items.length + (items.length === 1 ? " finding" : " findings");
    for (const finding of items) {
      const li = el("li", { class: "finding " + finding.severity, "data-code": finding.code },
        el("span", { class: "sev", text: finding.severity }), " ",
        el("span", { dir: "auto", text: finding.message }));
      const subject = finding.subject || {};
      if (subject.intervention) {
        li.append(" ", el("button", { type: "button", class: "link", "aria-label": "Show the intervention " + subject.intervention,
          on: { click: () => selectIds("the finding", [subject.intervention]) } }, "Show it"));
      } else if (subject.level && subject.kind === "level") {
        li.append(" ", el("button", { type: "button", class: "link", "aria-label": "Show the interventions at the level " + levelLabel(subject.level),
          on: { click: () => selectLevel(subject.level) } }, "Show this level"));
      }
      list.append(li);
    }
  }

  function renderSuggestions() {
    const host = clear($("suggestions"));
    const s = state.suggestions;
    const list = s && Array.isArray(s.hole) ? s.hole : [];
    if (!list.length) {
      host.append(el("p", { text: "No gap to fill." }));
      return;
    }
    for (const hole of list) {
      const subject = hole.subject || {};
      const where = [subject.level && levelLabel(subject.level), subject.place && placeName(subject.place),
        subject.standard && standardLabel(subject.standard), subject.group].filter(Boolean).join(", ");
      const box = el("details", { class: "hole" },
        el("summary", null, el("span", { class: "code", text: hole.code }), where ? " · " + where : ""));
      const ul = el("ul", { class: "options" });
      for (const o of (hole.option || []).slice(0, 6)) {
        ul.append(el("li", null,
          el("strong", { dir: "auto", text: o.title }), " ",
          el("span", { class: "meta", text: "(" + (o.levels || []).map(levelLabel).join(", ") + "; standard " + o.standard + ")" }),
          el("p", { dir: "auto", text: o.summary }),
          el("button", { type: "button", class: "add-suggestion", "data-entry": o.entry,
            on: { click: () => addSuggestion(hole, o) } }, "Add as a planned intervention")));
      }
      box.append(ul);
      host.append(box);
    }
    const first = host.querySelector("details");
    if (first) first.open = true;
  }

  function renderInterventions() {
    const list = clear($("interventions"));
    const f = state.filter;
    $("filter").hidden = !f;
    if (f) $("filter-text").textContent = "Showing the " + f.ids.size + " intervention" + (f.ids.size === 1 ? "" : "s") +
      " behind " + f.label + ".";
    for (const i of interventions()) {
      if (f && !f.ids.has(i.id)) continue;
      const meta = [
        i.levels.map(levelLabel).join(", "),
        i.lead ? "lead " + agencyName(i.lead) : null,
        i.status || "planned",
      ].filter(Boolean).join(" · ");
      list.append(el("li", { "data-id": i.id, class: f ? "picked" : null },
        el("div", { class: "item-text" },
          el("strong", { dir: "auto", text: i.title }), " ",
          el("code", { text: i.id }),
          el("div", { class: "meta", dir: "auto", text: meta })),
        el("div", { class: "item-actions" },
          el("button", { type: "button", "aria-label": "Edit " + i.title, on: { click: () => openInterventionForm(i) } }, "Edit"),
          el("button", { type: "button", "aria-label": "Delete " + i.title, on: { click: () => deleteIntervention(i) } }, "Delete"))));
    }
    if (!list.firstChild) list.append(el("li", { class: "empty", text: f ? "No intervention is behind this." : "No intervention yet." }));
  }

  function renderAgencies() {
    const list = clear($("agencies"));
    for (const a of state.programme.agencies || []) {
      list.append(el("li", null,
        el("div", { class: "item-text" },
          el("span", { dir: "auto", text: a.name }), " ", el("code", { text: a.id }),
          el("div", { class: "meta", text: a.type + (a.local ? " · local" : "") })),
        el("div", { class: "item-actions" },
          el("button", { type: "button", "aria-label": "Edit " + a.name, on: { click: () => openAgencyForm(a) } }, "Edit"),
          el("button", { type: "button", "aria-label": "Delete " + a.name,
            on: { click: () => removeResource("agencies", a.id, a.name) } }, "Delete"))));
    }
  }

  function renderPlaces() {
    const list = clear($("places"));
    for (const p of state.programme.places || []) {
      list.append(el("li", null,
        el("div", { class: "item-text" },
          el("span", { dir: "auto", text: p.name }), " ", el("code", { text: p.id }),
          el("div", { class: "meta", dir: "auto", text: [p.pcode, p.adminLevel !== undefined ? "admin level " + p.adminLevel : null,
            p.parent ? "in " + placeName(p.parent) : null].filter((x) => x !== null && x !== undefined).join(" · ") })),
        el("div", { class: "item-actions" },
          el("button", { type: "button", "aria-label": "Edit " + p.name, on: { click: () => openPlaceForm(p) } }, "Edit"),
          el("button", { type: "button", "aria-label": "Delete " + p.name,
            on: { click: () => removeResource("places", p.id, p.name) } }, "Delete"))));
    }
    if (!list.firstChild) list.append(el("li", { class: "empty", text: "No place: the programme works everywhere it covers." }));
  }

  // ---- Selection ----

  function selectIds(label, ids) {
    state.filter = { label, ids: new Set(ids), recompute: null };
    showSelection();
  }
  function selectLevel(level) {
    state.filter = { label: "the level " + levelLabel(level), recompute: { kind: "level", level } };
    state.filter = recomputeFilter(state.filter);
    showSelection();
  }
  function selectCell(level, standard) {
    state.filter = { label: levelLabel(level) + " × " + standardLabel(standard), recompute: { kind: "cell", level, standard } };
    state.filter = recomputeFilter(state.filter);
    showSelection();
  }
  function selectPlaceLevel(place, level) {
    state.filter = { label: placeName(place) + ", " + levelLabel(level), recompute: { kind: "place", place, level } };
    state.filter = recomputeFilter(state.filter);
    showSelection();
  }

  // Places an intervention works in reach down the tree: one listed at a district works in
  // its camps too, and one listed nowhere works everywhere.
  function worksIn(i, place) {
    if (!i.places || !i.places.length) return true;
    const parents = new Map((state.programme.places || []).map((p) => [p.id, p.parent]));
    for (let p = place, guard = 0; p && guard < 64; p = parents.get(p), guard++) {
      if (i.places.includes(p)) return true;
    }
    return false;
  }

  function recomputeFilter(f) {
    const r = f.recompute;
    if (!r) return f;
    const ids = interventions().filter((i) => {
      if (!i.levels.includes(r.level)) return false;
      if (r.kind === "cell") return (i.standards || []).includes(r.standard);
      if (r.kind === "place") return worksIn(i, r.place);
      return true;
    }).map((i) => i.id);
    return { label: f.label, recompute: r, ids: new Set(ids) };
  }

  function showSelection() {
    renderInterventions();
    say("Showing " + state.filter.ids.size + " intervention" + (state.filter.ids.size === 1 ? "" : "s") + " behind " + state.filter.label + ".");
    const heading = $("interventions-heading");
    heading.scrollIntoView({ block: "start" });
  }

  // ---- Intervention form ----

  function option(value, text, selected) {
    const o = el("option", { value }, text);
    if (selected) o.selected = true;
    return o;
  }

  function checks(fieldsetId, items, chosen) {
    const box = clear($(fieldsetId).querySelector(".checks"));
    items.forEach((it, n) => {
      const id = fieldsetId + "-" + n;
      const input = el("input", { type: "checkbox", id, value: it.value });
      input.checked = chosen.includes(it.value);
      box.append(el("div", { class: "check" }, input, el("label", { for: id, dir: "auto", text: it.label })));
    });
  }

  function checked(fieldsetId) {
    return Array.from($(fieldsetId).querySelectorAll("input[type=checkbox]:checked")).map((c) => c.value);
  }

  function fillFormChoices() {
    const v = state.vocabulary;
    fillSelect($("a-type"), v.agencyTypes.map((t) => [t, t]), $("a-type").value || v.agencyTypes[0], false);
    const levels = [["", "not given"]].concat([0, 1, 2, 3, 4, 5].map((n) => [String(n), String(n) + (n === 0 ? " (country)" : "")]));
    fillSelect($("p-adminLevel"), levels, $("p-adminLevel").value, false);
    fillSelect($("p-parent"), [["", "none"]].concat((state.programme.places || []).map((p) => [p.id, p.name])), $("p-parent").value, false);
  }

  function fillSelect(select, pairs, value, keep) {
    const current = keep ? select.value : value;
    clear(select);
    for (const [v, t] of pairs) select.append(option(v, t, v === current));
  }

  function openInterventionForm(i, focus = true) {
    const v = state.vocabulary;
    const p = state.programme;
    const item = i || { levels: [], standards: [], reaches: [], partners: [], places: [], indicators: [], dependsOn: [] };
    state.editing = i && i.id ? i.id : null;
    const form = $("iform");
    clearProblems(form);
    $("iform-card").hidden = false;
    $("iform-heading").textContent = state.editing ? "Edit the intervention " + (i.title || i.id) : "New intervention";
    $("i-submit").textContent = state.editing ? "Save the changes" : "Add the intervention";
    $("i-id").value = item.id || "";
    $("i-id").readOnly = !!state.editing;
    $("i-title").value = item.title || "";
    $("i-description").value = item.description || "";
    checks("i-levels", levelsVocab().map((l) => ({ value: l.id, label: l.label || l.id })), item.levels || []);
    const standards = v.standards.slice().sort((a, b) => (b.strategy ? 1 : 0) - (a.strategy ? 1 : 0));
    checks("i-standards", standards.map((s) => ({
      value: s.id, label: s.title + " (" + (s.number || s.id) + (s.strategy ? ", strategy" : "") + ")",
    })), item.standards || []);
    const agencies = (p.agencies || []).map((a) => [a.id, a.name]);
    fillSelect($("i-lead"), [["", "none"]].concat(agencies), item.lead || "", false);
    fillSelect($("i-phase"), [["", "not given"]].concat(v.phases.map((x) => [x, x])), item.phase || "", false);
    fillSelect($("i-status"), [["", "not given"]].concat(v.statuses.map((x) => [x, x])), item.status || "", false);
    checks("i-partners", (p.agencies || []).map((a) => ({ value: a.id, label: a.name })), item.partners || []);
    const groups = groupsOf(item);
    const known = v.groups || [];
    checks("i-reaches", known.map((g) => ({ value: g, label: g })), groups);
    $("i-groups-other").value = groups.filter((g) => !known.includes(g)).join(" ");
    checks("i-places", (p.places || []).map((x) => ({ value: x.id, label: x.name })), item.places || []);
    $("i-start").value = item.start || "";
    $("i-end").value = item.end || "";
    clear($("i-indicator-rows"));
    (item.indicators || []).forEach((ind) => addIndicatorRow(ind));
    checks("i-dependsOn", interventions().filter((x) => x.id !== state.editing)
      .map((x) => ({ value: x.id, label: x.title + " (" + x.id + ")" })), item.dependsOn || []);
    if (focus) {
      $("iform-card").scrollIntoView({ block: "start" });
      $("i-title").focus();
    }
  }

  let indicatorCounter = 0;
  function addIndicatorRow(ind) {
    const n = indicatorCounter++;
    const units = [["", "none"], ["percent", "percent"], ["count", "count"], ["ratio", "ratio"]];
    const unit = el("select", { id: "ind-unit-" + n, "data-part": "unit" });
    for (const [v, t] of units) unit.append(option(v, t, (ind && ind.unit || "") === v));
    const row = el("div", { class: "indicator" },
      el("div", { class: "field" }, el("label", { for: "ind-id-" + n, text: "Id" }),
        el("input", { id: "ind-id-" + n, type: "text", "data-part": "id", spellcheck: "false" })),
      el("div", { class: "field grow" }, el("label", { for: "ind-text-" + n, text: "Wording" }),
        el("input", { id: "ind-text-" + n, type: "text", "data-part": "text", dir: "auto" })),
      el("div", { class: "field" }, el("label", { for: "ind-target-" + n, text: "Target" }),
        el("input", { id: "ind-target-" + n, type: "text", inputmode: "decimal", "data-part": "target" })),
      el("div", { class: "field" }, el("label", { for: "ind-unit-" + n, text: "Unit" }), unit),
      el("button", { type: "button", class: "remove", on: { click: () => row.remove() } }, "Remove this indicator"));
    row.querySelector("[data-part=id]").value = ind ? ind.id || "" : "";
    row.querySelector("[data-part=text]").value = ind ? ind.text || "" : "";
    row.querySelector("[data-part=target]").value = ind && ind.target !== undefined && ind.target !== null ? String(ind.target) : "";
    $("i-indicator-rows").append(row);
    return row;
  }

  function interventionFromForm() {
    const i = {};
    const id = $("i-id").value.trim();
    if (id) i.id = id;
    i.title = $("i-title").value;
    const d = $("i-description").value;
    if (d) i.description = d;
    for (const k of ["lead", "phase", "status"]) {
      const val = $("i-" + k).value;
      if (val) i[k] = val;
    }
    i.levels = checked("i-levels");
    i.standards = checked("i-standards");
    const other = $("i-groups-other").value.split(/[\s,]+/).filter(Boolean);
    const groups = checked("i-reaches").concat(other.filter((g) => !checked("i-reaches").includes(g)));
    i.reaches = groups.map((g) => reachOf(g));
    i.partners = checked("i-partners");
    i.places = checked("i-places");
    if ($("i-start").value) i.start = $("i-start").value;
    if ($("i-end").value) i.end = $("i-end").value;
    i.indicators = Array.from($("i-indicator-rows").querySelectorAll(".indicator")).map((row) => {
      const ind = { id: row.querySelector("[data-part=id]").value.trim(), text: row.querySelector("[data-part=text]").value };
      const t = row.querySelector("[data-part=target]").value.trim();
      // A target travels as the decimal the format writes ("0.5"), never as a JSON number.
      if (t) ind.target = t;
      const u = row.querySelector("[data-part=unit]").value;
      if (u) ind.unit = u;
      return ind;
    });
    i.dependsOn = checked("i-dependsOn");
    return i;
  }

  // The programme JSON names each group reached as the format's reaches element: {"group": id}.
  function reachOf(group) {
    return { group };
  }

  async function submitIntervention(ev) {
    ev.preventDefault();
    const form = $("iform");
    clearProblems(form);
    const body = interventionFromForm();
    const editing = state.editing;
    const result = editing
      ? await change("PUT", "/api/interventions/" + encodeURIComponent(editing), body, form)
      : await change("POST", "/api/interventions", body, form);
    if (!result) return;
    const id = result.id || body.id || editing;
    const i = interventions().find((x) => x.id === id);
    say((editing ? "Saved the changes to " : "Added ") + (i ? i.title : id) + ". Undo with Ctrl+Z.");
    closeInterventionForm();
    state.filter = null;
    renderInterventions();
    const li = $("interventions").querySelector('li[data-id="' + cssEscape(id) + '"]');
    if (li) {
      li.classList.add("picked");
      const b = li.querySelector("button");
      if (b) b.focus();
    }
  }

  function closeInterventionForm() {
    $("iform-card").hidden = true;
    state.editing = null;
  }

  async function deleteIntervention(i) {
    const result = await change("DELETE", "/api/interventions/" + encodeURIComponent(i.id));
    if (result) {
      say("Deleted " + i.title + ". Undo with Ctrl+Z or the Undo button.");
      $("new-intervention").focus();
    }
  }

  async function addSuggestion(hole, o) {
    const subject = hole.subject || {};
    const body = {
      title: o.title,
      description: o.summary,
      status: "planned",
      levels: (o.levels || []).filter((l) => levelsVocab().some((x) => x.id === l)),
      standards: [o.standard],
      reaches: subject.group ? [reachOf(subject.group)] : [],
      partners: [],
      places: subject.place ? [subject.place] : [],
      indicators: [],
      dependsOn: [],
    };
    if (subject.level && !body.levels.includes(subject.level)) body.levels.push(subject.level);
    if (o.phases && o.phases.length === 1) body.phase = o.phases[0];
    const result = await change("POST", "/api/interventions", body);
    if (result) {
      say("Added “" + o.title + "” as a planned intervention (" + result.id + "). Edit it to name its lead, or undo with Ctrl+Z.");
      selectIds("the new intervention", [result.id]);
    }
  }

  // ---- Agencies and places ----

  function openAgencyForm(a) {
    state.editingAgency = a ? a.id : null;
    const form = $("aform");
    clearProblems(form);
    $("aform-heading").textContent = a ? "Edit the agency " + a.name : "New agency";
    $("a-submit").textContent = a ? "Save the agency" : "Add the agency";
    $("a-id").value = a ? a.id : "";
    $("a-id").readOnly = !!a;
    $("a-name").value = a ? a.name : "";
    $("a-type").value = a ? a.type : state.vocabulary.agencyTypes[0];
    $("a-local").checked = !!(a && a.local);
    if (a) $("a-name").focus();
  }

  async function submitAgency(ev) {
    ev.preventDefault();
    const form = $("aform");
    clearProblems(form);
    const body = { name: $("a-name").value, type: $("a-type").value };
    const id = $("a-id").value.trim();
    if (id) body.id = id;
    if ($("a-local").checked) body.local = true;
    const editing = state.editingAgency;
    const result = editing
      ? await change("PUT", "/api/agencies/" + encodeURIComponent(editing), body, form)
      : await change("POST", "/api/agencies", body, form);
    if (!result) return;
    say((editing ? "Saved the agency " : "Added the agency ") + body.name + ".");
    openAgencyForm(null);
  }

  function openPlaceForm(p) {
    state.editingPlace = p ? p.id : null;
    const form = $("pform");
    clearProblems(form);
    $("pform-heading").textContent = p ? "Edit the place " + p.name : "New place";
    $("p-submit").textContent = p ? "Save the place" : "Add the place";
    $("p-id").value = p ? p.id : "";
    $("p-id").readOnly = !!p;
    $("p-name").value = p ? p.name : "";
    $("p-pcode").value = p && p.pcode ? p.pcode : "";
    $("p-adminLevel").value = p && p.adminLevel !== undefined ? String(p.adminLevel) : "";
    $("p-parent").value = p && p.parent ? p.parent : "";
    if (p) $("p-name").focus();
  }

  async function submitPlace(ev) {
    ev.preventDefault();
    const form = $("pform");
    clearProblems(form);
    const body = { name: $("p-name").value };
    const id = $("p-id").value.trim();
    if (id) body.id = id;
    if ($("p-pcode").value.trim()) body.pcode = $("p-pcode").value.trim();
    if ($("p-adminLevel").value !== "") body.adminLevel = Number($("p-adminLevel").value);
    if ($("p-parent").value) body.parent = $("p-parent").value;
    const editing = state.editingPlace;
    const result = editing
      ? await change("PUT", "/api/places/" + encodeURIComponent(editing), body, form)
      : await change("POST", "/api/places", body, form);
    if (!result) return;
    say((editing ? "Saved the place " : "Added the place ") + body.name + ".");
    openPlaceForm(null);
  }

  async function removeResource(kind, id, name) {
    const result = await change("DELETE", "/api/" + kind + "/" + encodeURIComponent(id));
    if (result) say("Deleted " + name + ". Undo with Ctrl+Z or the Undo button.");
  }

  // ---- Problems next to their fields ----

  const cssEscape = (s) => (window.CSS && CSS.escape ? CSS.escape(s) : String(s).replace(/["\\]/g, "\\$&"));

  // "indicators[2].text" names the third indicator row's wording; "levels" the fieldset.
  function controlFor(form, field) {
    const formId = form.getAttribute("id");
    const prefix = formId === "iform" ? "i-" : formId === "aform" ? "a-" : "p-";
    const m = /^indicators\[(\d+)\]\.?(\w+)?$/.exec(field || "");
    if (m && formId === "iform") {
      const row = $("i-indicator-rows").querySelectorAll(".indicator")[Number(m[1])];
      if (row) return row.querySelector("[data-part=" + (m[2] || "text") + "]") || row.querySelector("input");
    }
    const base = String(field || "").replace(/\[.*$/, "").replace(/\..*$/, "");
    const aliases = { groups: "reaches", group: "reaches", "depends-on": "dependsOn", "admin-level": "adminLevel" };
    const name = aliases[base] || base;
    return $(prefix + name);
  }

  function showProblems(form, problems, error) {
    clearProblems(form);
    const general = [];
    let first = null;
    problems.forEach((p, n) => {
      const control = controlFor(form, p.field);
      if (!control) {
        general.push(p.message);
        return;
      }
      const holder = control.tagName === "FIELDSET" ? control : control.closest(".field") || control.parentNode;
      const id = form.getAttribute("id") + "-problem-" + n;
      const msg = el("p", { class: "problem", id, dir: "auto", text: p.message });
      if (control.tagName === "FIELDSET") holder.insertBefore(msg, holder.querySelector("legend").nextSibling);
      else holder.append(msg);
      const target = control.tagName === "FIELDSET" ? control.querySelector("input") || control : control;
      const described = (target.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
      described.push(id);
      target.setAttribute("aria-describedby", described.join(" "));
      target.setAttribute("aria-invalid", "true");
      control.classList.add("invalid");
      if (control.tagName === "FIELDSET") control.setAttribute("aria-describedby", id);
      if (!first) first = target;
    });
    const box = form.querySelector(":scope > .problem[id$=-problems]");
    const count = problems.length;
    box.textContent = (error ? error + " " : "") +
      (count ? count + (count === 1 ? " problem to fix" : " problems to fix") + ", shown next to " + (count === 1 ? "its field" : "their fields") + "." : "") +
      (general.length ? " " + general.join(" ") : "");
    box.hidden = false;
    if (!first) {
      box.setAttribute("tabindex", "-1");
      first = box;
    }
    first.focus();
  }

  function clearProblems(form) {
    form.querySelectorAll(".problem").forEach((p) => {
      if (p.id && p.id.endsWith("-problems")) {
        p.hidden = true;
        p.textContent = "";
      } else p.remove();
    });
    form.querySelectorAll("[aria-invalid]").forEach((c) => {
      c.removeAttribute("aria-invalid");
      const rest = (c.getAttribute("aria-describedby") || "").split(" ").filter((x) => x && !x.startsWith(form.getAttribute("id") + "-problem-"));
      if (rest.length) c.setAttribute("aria-describedby", rest.join(" "));
      else c.removeAttribute("aria-describedby");
    });
    form.querySelectorAll("fieldset[aria-describedby]").forEach((f) => f.removeAttribute("aria-describedby"));
    form.querySelectorAll(".invalid").forEach((c) => c.classList.remove("invalid"));
  }

  // ---- Undo, redo, save, journal ----

  async function undoRedo(which) {
    try {
      await api("POST", "/api/" + which);
      clearAlert();
      await refresh();
      say(which === "undo" ? "Undone." : "Redone.");
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) say(which === "undo" ? "Nothing to undo." : "Nothing to redo.");
      else if (e instanceof ApiError && e.status === 412) {
        await refresh().catch(() => {});
        showAlert("The programme was changed elsewhere since this page loaded it; the page now shows the current state. Try again.");
      } else showAlert(e.message);
    }
  }

  async function save() {
    try {
      const r = await api("POST", "/api/save");
      $("conflict").hidden = true;
      clearAlert();
      await refresh();
      say("Saved" + (r && r.revision !== undefined ? " as revision " + r.revision : "") + ".");
    } catch (e) {
      if (e instanceof ApiError && e.status === 409 && e.body.conflict) {
        $("conflict-diff").textContent = e.body.diff || "";
        $("conflict").hidden = false;
        $("conflict").focus();
      } else if (e instanceof ApiError && e.status === 412) {
        await refresh().catch(() => {});
        showAlert("The programme was changed elsewhere since this page loaded it; nothing was saved. The page now shows the current state: save again to write it.");
      } else showAlert(e.message);
    }
  }

  async function downloadAs(name) {
    try {
      const response = await fetch("/api/programme.xml", { credentials: "same-origin", cache: "no-store" });
      if (!response.ok) throw new Error("The server answered " + response.status + ".");
      const blob = await response.blob();
      const url = URL.createObjectURL(blob);
      const a = el("a", { href: url, download: name || "programme.xml" });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
      say("Downloaded the programme as " + (name || "programme.xml") + ".");
    } catch (e) {
      showAlert("The download failed: " + e.message);
    }
  }

  async function reloadFromDisk() {
    try {
      await api("POST", "/api/reload");
      $("conflict").hidden = true;
      await refresh();
      say("Reloaded the file from disk.");
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) await refresh().catch(() => {});
      showAlert(e.message);
    }
  }

  async function checkJournal() {
    try {
      const j = await api("GET", "/api/journal");
      if (j && j.pending) {
        const one = j.edits === 1;
        $("journal-text").textContent = "The studio was closed with " + j.edits + " unsaved change" + (one ? "" : "s") +
          " to this file. Restore " + (one ? "it" : "them") + " to carry on, or discard " + (one ? "it" : "them") +
          " to start from the file as saved.";
        $("journal").hidden = false;
        $("journal-restore").focus();
      }
    } catch (e) {
      // No journal route is no journal to offer.
    }
  }

  async function journal(which) {
    try {
      await api("POST", "/api/journal/" + which);
      $("journal").hidden = true;
      await refresh();
      say(which === "restore" ? "Restored the unsaved changes." : "Discarded the unsaved changes.");
    } catch (e) {
      if (e instanceof ApiError && e.status === 412) await refresh().catch(() => {});
      showAlert(e.message);
    }
  }

  // ---- Projector view ----

  function setProjector(on) {
    document.documentElement.classList.toggle("projector", on);
    $("projector").setAttribute("aria-pressed", on ? "true" : "false");
    try { localStorage.setItem("socioeco-projector", on ? "1" : "0"); } catch (e) { /* private mode */ }
  }

  // ---- Wiring ----

  function isTextEntry(t) {
    if (!t) return false;
    if (t.tagName === "TEXTAREA" || t.isContentEditable) return true;
    return t.tagName === "INPUT" && !["checkbox", "radio", "button", "submit"].includes(t.type);
  }

  function wire() {
    $("undo").addEventListener("click", () => undoRedo("undo"));
    $("redo").addEventListener("click", () => undoRedo("redo"));
    $("save").addEventListener("click", save);
    $("download").addEventListener("click", () => downloadAs(null));
    $("projector").addEventListener("click", () => setProjector(!document.documentElement.classList.contains("projector")));
    $("conflict-reload").addEventListener("click", reloadFromDisk);
    $("conflict-download").addEventListener("click", () => downloadAs($("conflict-name").value.trim()));
    $("conflict-close").addEventListener("click", () => { $("conflict").hidden = true; $("save").focus(); });
    $("journal-restore").addEventListener("click", () => journal("restore"));
    $("journal-discard").addEventListener("click", () => journal("discard"));
    $("filter-clear").addEventListener("click", () => { state.filter = null; renderInterventions(); $("new-intervention").focus(); });
    $("new-intervention").addEventListener("click", () => openInterventionForm(null));
    $("i-add-indicator").addEventListener("click", () => addIndicatorRow(null).querySelector("input").focus());
    $("i-cancel").addEventListener("click", () => { closeInterventionForm(); $("new-intervention").focus(); });
    $("iform").addEventListener("submit", submitIntervention);
    $("aform").addEventListener("submit", submitAgency);
    $("a-cancel").addEventListener("click", () => openAgencyForm(null));
    $("pform").addEventListener("submit", submitPlace);
    $("p-cancel").addEventListener("click", () => openPlaceForm(null));
    document.addEventListener("keydown", (ev) => {
      if (!(ev.ctrlKey || ev.metaKey) || ev.altKey) return;
      const key = ev.key.toLowerCase();
      // Inside a text field Ctrl+Z belongs to the field's own typing history.
      if (isTextEntry(ev.target)) return;
      if (key === "z" && !ev.shiftKey) { ev.preventDefault(); undoRedo("undo"); }
      else if ((key === "z" && ev.shiftKey) || key === "y") { ev.preventDefault(); undoRedo("redo"); }
      else if (key === "s") { ev.preventDefault(); save(); }
    });
    let projector = false;
    try { projector = localStorage.getItem("socioeco-projector") === "1"; } catch (e) { /* private mode */ }
    setProjector(projector);
  }

  async function start() {
    wire();
    try {
      await refresh();
      openAgencyForm(null);
      openPlaceForm(null);
      document.body.setAttribute("data-ready", "true");
      await checkJournal();
    } catch (e) {
      showAlert(e.message + (e.status === 401 ? " Open the address that `socioeco serve` printed." : ""));
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
