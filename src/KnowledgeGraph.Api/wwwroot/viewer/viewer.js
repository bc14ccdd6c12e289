// KnowledgeGraph network viewer: cytoscape.js over the GraphQL API (search, network, path) and the /export endpoint.
// Plain script, no build step. `window.cy` is the cytoscape instance (tests read it).
(function () {
  'use strict';

  const KINDS = ['Person', 'Institution', 'Place', 'Claim', 'Article'];
  const STATEMENTS = ['SAID', 'DENIED'];
  const state = {
    center: null,          // node id the download button exports around
    expanded: new Set(),   // node ids whose neighbours are loaded
    pathIds: null,         // ids on the highlighted path
    pending: 0,
    raw: new Map(),        // id -> node or edge as the API returned it; "Download view" posts these back
  };

  const $ = (id) => document.getElementById(id);
  const MIN_OPEN_ZOOM = 1;
  // A found path is never shown smaller than this: its labels (11.5-12 px at zoom 1) stay at 8.5 px or more, where a
  // fit of a large graph would shrink them under the 7 px below which cytoscape leaves them out.
  const MIN_PATH_ZOOM = 0.75;
  const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

  // What the filters leave on screen. Cytoscape's ':visible' selector is refreshed only when a frame is drawn, so
  // right after a filter change (or in a background tab) it still counts hidden elements; the style is current.
  function isShown(ele) {
    if (ele.style('display') === 'none') return false;
    return ele.isNode() || (isShown(ele.source()) && isShown(ele.target()));
  }
  const shown = (eles) => eles.filter(isShown);

  // ---------- GraphQL ----------

  const NODE_FIELDS = 'id label name properties { key value }';
  const EDGE_FIELDS = 'id type source target properties { key value }';
  const NETWORK_LIMIT = 200;

  async function graphql(query, variables) {
    busy(+1);
    try {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      let body;
      try {
        body = await response.json();
      } catch {
        throw new Error(`The server answered ${response.status} without JSON.`);
      }
      if (body.errors && body.errors.length) {
        throw new Error(body.errors.map((e) => e.message).join(' '));
      }
      return body.data;
    } finally {
      busy(-1);
    }
  }

  function busy(delta) {
    state.pending += delta;
    document.body.dataset.busy = state.pending > 0 ? 'true' : 'false';
  }

  function showError(error) {
    const box = $('error');
    box.textContent = error instanceof Error ? error.message : String(error);
    box.hidden = false;
    clearTimeout(showError.timer);
    showError.timer = setTimeout(() => { box.hidden = true; }, 8000);
  }

  // ---------- graph model ----------

  function props(list) {
    const out = {};
    for (const p of list || []) {
      if (p.value !== null && p.value !== undefined) out[p.key] = p.value;
    }
    return out;
  }

  function nodeData(n) {
    // Properties first, so that id/label/name from the node itself always win.
    return Object.assign(props(n.properties), { id: n.id, label: n.label, name: n.name });
  }

  function edgeData(e) {
    const p = props(e.properties);
    return Object.assign(p, {
      id: e.id,
      source: e.source,
      target: e.target,
      type: e.type,
      articleId: p.articleId || p.article || null,
    });
  }

  function shortName(name) {
    const text = String(name || '');
    return text.length > 60 ? text.slice(0, 57).trimEnd() + '…' : text;
  }

  // Adds nodes and edges not yet drawn; returns the added collection.
  function merge(network, near) {
    // New nodes start on a golden-angle spiral around the node they were reached from (or the origin): distinct,
    // repeatable places, so the layout draws the same picture every time. Nodes stacked on one point would make cose
    // push them apart in random directions.
    const origin = near && cy.getElementById(near).nonempty() ? cy.getElementById(near).position() : { x: 0, y: 0 };
    let placed = 0;
    const added = [];
    for (const n of network.nodes || []) {
      if (cy.getElementById(n.id).nonempty()) continue;
      state.raw.set(n.id, n);
      const data = nodeData(n);
      data.display = shortName(data.name);
      const element = { group: 'nodes', data };
      const turn = placed * GOLDEN_ANGLE, radius = 40 * Math.sqrt(++placed);
      element.position = { x: origin.x + radius * Math.cos(turn), y: origin.y + radius * Math.sin(turn) };
      added.push(element);
    }
    for (const e of network.edges || []) {
      if (cy.getElementById(e.id).nonempty()) continue;
      state.raw.set(e.id, e);
      added.push({ group: 'edges', data: edgeData(e) });
    }
    // Nodes first: an edge needs both ends present.
    const nodes = cy.add(added.filter((a) => a.group === 'nodes'));
    const edges = cy.add(added.filter((a) => a.group === 'edges' && cy.getElementById(a.data.source).nonempty() && cy.getElementById(a.data.target).nonempty()));
    const all = nodes.union(edges);
    markContested();
    refreshPublishers();
    applyFilters();
    updateCounts();
    return all;
  }

  function markContested() {
    cy.nodes('[label = "Claim"]').forEach((claim) => {
      const incoming = claim.incomers('edge');
      const said = incoming.filter('[type = "SAID"]').length > 0;
      const denied = incoming.filter('[type = "DENIED"]').length > 0;
      const flagged = String(claim.data('contested')).toLowerCase() === 'true';
      claim.toggleClass('contested', flagged || (said && denied));
    });
  }

  // A network's edges are the relationships its walk read, so those between two neighbours (a claim and the article
  // reporting it) come from the second hop, where the neighbours' own lists are read. Only the neighbours are drawn.
  function neighbourhood(network, asked) {
    // The centre may have been asked for by name; both stores return it first.
    const nodes = network.nodes || [];
    const id = nodes.some((n) => n.id === asked) ? asked : nodes.length > 0 ? nodes[0].id : asked;
    const near = new Set([id]);
    for (const e of network.edges || []) {
      if (e.source === id) near.add(e.target);
      if (e.target === id) near.add(e.source);
    }
    // The first hop is cut only when it filled the limit; a cut in the second hop hides nothing drawn here.
    return { nodes: nodes.filter((n) => near.has(n.id)), edges: network.edges, truncated: network.truncated && near.size >= NETWORK_LIMIT };
  }

  async function expand(id) {
    if (state.expanded.has(id)) return cy.collection();
    const data = await graphql(
      `query Network($center: String!) { network(center: $center, depth: 2, limit: ${NETWORK_LIMIT}) { nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } truncated } }`,
      { center: id });
    state.expanded.add(id);
    if (!data.network) throw new Error(`Nothing is known about ${id}.`);
    const view = neighbourhood(data.network, id);
    const added = merge(view, id);
    if (view.truncated) showError('This neighbourhood is large; only the first 200 nodes are shown.');
    if (added.nonempty()) relayout(added);
    return added;
  }

  async function open(id) {
    $('empty').hidden = true;
    state.center = id;
    updateExportLink();
    await expand(id);
    let node = cy.getElementById(id);
    if (node.empty()) {
      // Opened by name (?center=Cossío): find the node the server resolved it to.
      const wanted = id.toLowerCase();
      node = cy.nodes().filter((n) => String(n.data('name')).toLowerCase() === wanted
        || String(n.data('aliases') || '').toLowerCase().split('|').includes(wanted)).first();
      if (node.nonempty()) {
        state.expanded.add(node.id());
        state.center = node.id();
      }
    }
    updateExportLink();
    if (node.nonempty()) {
      cy.elements().unselect();
      node.select();
      showNode(node);
      // Centre on the node; zoom in to 1 when the layout fitted a large neighbourhood smaller than that.
      cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), MIN_OPEN_ZOOM), duration: 250 });
    }
  }

  // With no ?center=, the page opens on the entity with the most statements (said or denied): the centre of the story.
  async function openMostConnected() {
    const data = await graphql('{ entities(first: 1, orderBy: STATEMENT_COUNT) { nodes { id } } }');
    const top = data.entities.nodes[0];
    if (top) await open(top.id);
  }

  function relayout(focus) {
    const layout = cy.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      fit: true,
      padding: 40,
      nodeDimensionsIncludeLabels: true,
      nodeRepulsion: () => 400000,
      idealEdgeLength: () => 110,
      edgeElasticity: () => 100,
      nodeOverlap: 20,
      gravity: 60,
      numIter: 1000,
      componentSpacing: 80,
    });
    layout.run();
    if (focus && focus.nonempty && focus.nonempty()) cy.fit(shown(cy.elements()), 40);
  }

  // ---------- styles ----------

  function style() {
    return [
      { selector: 'node', style: {
        // 12 px at zoom 1, and the view never opens below zoom 1: labels stay readable (at least 11 px) and dark.
        label: 'data(display)', 'font-size': 12, 'text-wrap': 'wrap', 'text-max-width': 160, 'min-zoomed-font-size': 7,
        'text-valign': 'bottom', 'text-margin-y': 4, color: '#1f2328',
        'text-outline-color': '#fff', 'text-outline-width': 2,
        width: 26, height: 26, 'border-width': 1, 'border-color': 'rgba(0,0,0,.25)',
      } },
      { selector: 'node[label = "Person"]', style: { shape: 'ellipse', 'background-color': '#4e79a7' } },
      { selector: 'node[label = "Institution"]', style: { shape: 'round-rectangle', 'background-color': '#f28e2b', width: 30, height: 24 } },
      { selector: 'node[label = "Place"]', style: { shape: 'hexagon', 'background-color': '#59a14f' } },
      { selector: 'node[label = "Claim"]', style: { shape: 'round-tag', 'background-color': '#edc948', width: 22, height: 22, 'font-style': 'italic' } },
      { selector: 'node[label = "Article"]', style: { shape: 'rectangle', 'background-color': '#bab0ac', width: 18, height: 22, 'font-size': 11.5, color: '#24292f' } },
      { selector: 'node.contested', style: { 'border-width': 4, 'border-color': '#c62828', 'border-style': 'double', width: 30, height: 30 } },
      { selector: 'node:selected', style: { 'overlay-color': '#0969da', 'overlay-opacity': 0.18, 'overlay-padding': 6 } },
      { selector: 'edge', style: {
        width: 1.5, 'line-color': '#b0b0b0', 'target-arrow-color': '#b0b0b0', 'target-arrow-shape': 'triangle',
        'arrow-scale': 0.8, 'curve-style': 'bezier', label: '', 'font-size': 11, color: '#24292f',
        'text-rotation': 'autorotate', 'text-outline-color': '#fff', 'text-outline-width': 2,
      } },
      { selector: 'edge[type = "SAID"]', style: { 'line-color': '#2e7d32', 'target-arrow-color': '#2e7d32', width: 2.5, 'line-style': 'solid' } },
      { selector: 'edge[type = "DENIED"]', style: { 'line-color': '#c62828', 'target-arrow-color': '#c62828', width: 2.5, 'line-style': 'dashed', 'line-dash-pattern': [7, 4] } },
      { selector: 'edge[type = "REPORTED_BY"]', style: { 'line-color': '#757575', 'target-arrow-color': '#757575', 'line-style': 'dotted', width: 1.8 } },
      { selector: 'edge:selected', style: { label: 'data(type)', width: 4, 'overlay-color': '#0969da', 'overlay-opacity': 0.15 } },
      { selector: '.faded', style: { opacity: 0.4 } },
      { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': '#6a1b9a', 'z-index': 10 } },
      { selector: 'edge.on-path', style: { width: 5, 'line-color': '#6a1b9a', 'target-arrow-color': '#6a1b9a', 'z-index': 10, label: 'data(type)' } },
      { selector: '.filtered', style: { display: 'none' } },
    ];
  }

  // ---------- filters ----------

  function checkedValues(name) {
    return new Set(Array.from(document.querySelectorAll(`input[name="${name}"]:checked`)).map((i) => i.value));
  }

  function articleOf(edge) {
    const id = edge.data('articleId');
    return id ? cy.getElementById(id) : cy.collection();
  }

  function inRange(date, from, to) {
    if (!date) return !from && !to;
    const day = String(date).slice(0, 10);
    return (!from || day >= from) && (!to || day <= to);
  }

  function applyFilters() {
    const kinds = checkedValues('kind');
    const stances = checkedValues('stance');
    const publisher = $('publisher').value;
    const from = $('date-from').value;
    const to = $('date-to').value;
    const contestedOnly = $('contested-only').checked;

    cy.batch(() => {
      cy.elements().removeClass('filtered');
      cy.nodes().forEach((n) => {
        const label = n.data('label');
        let hide = !kinds.has(label);
        if (!hide && label === 'Article') {
          if (publisher && n.data('publisher') !== publisher) hide = true;
          if ((from || to) && !inRange(n.data('publishedAt'), from, to)) hide = true;
        }
        if (!hide && label === 'Claim' && contestedOnly && !n.hasClass('contested')) hide = true;
        if (hide) n.addClass('filtered');
      });
      cy.edges().forEach((e) => {
        const type = e.data('type');
        if (!STATEMENTS.includes(type)) return;
        let hide = !stances.has(type);
        if (!hide && publisher) {
          const article = articleOf(e);
          hide = article.nonempty() ? article.data('publisher') !== publisher : false;
        }
        if (!hide && (from || to)) hide = !inRange(e.data('date'), from, to);
        if (hide) e.addClass('filtered');
      });
    });
    updateCounts();
  }

  function refreshPublishers() {
    const select = $('publisher');
    const current = select.value;
    const known = new Set(Array.from(select.options).map((o) => o.value));
    const found = new Set();
    cy.nodes('[label = "Article"]').forEach((a) => { if (a.data('publisher')) found.add(a.data('publisher')); });
    for (const name of Array.from(found).sort()) {
      if (known.has(name)) continue;
      const option = document.createElement('option');
      option.value = name;
      option.textContent = name;
      select.appendChild(option);
    }
    select.value = current;
  }

  function updateCounts() {
    const nodes = shown(cy.nodes()).length;
    const edges = shown(cy.edges()).length;
    $('counts').textContent = cy.elements().empty() ? '' : `${nodes} nodes and ${edges} edges shown.`;
    $('export-view').disabled = nodes === 0;
  }

  // ---------- details panel ----------

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.className = v; else node.setAttribute(k, v);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function list(entries) {
    const dl = el('dl');
    for (const [key, value] of entries) {
      if (value === null || value === undefined || value === '') continue;
      dl.append(el('dt', null, key), el('dd', null, value));
    }
    return dl;
  }

  const HIDDEN_KEYS = new Set(['id', 'label', 'name', 'display', 'source', 'target', 'type', 'evidence', 'articleId', 'article']);

  function showNode(node) {
    const d = node.data();
    const panel = $('details');
    panel.replaceChildren(
      el('h2', null, 'Details'),
      el('p', null, el('span', { class: `badge ${d.label}` }, d.label), node.hasClass('contested') ? el('span', { class: 'badge contested' }, 'contested') : null),
      el('p', { class: 'title' }, d.name),
      list(Object.entries(d).filter(([k]) => !HIDDEN_KEYS.has(k)).map(([k, v]) => [k, k === 'aliases' ? String(v).split('|').join(', ') : v])),
      el('p', { class: 'hint' }, state.expanded.has(d.id) ? `${node.neighborhood('node').length} neighbours shown.` : 'Loading neighbours…'),
      el('div', { class: 'buttons' },
        el('button', { type: 'button', id: 'details-center', class: 'secondary' }, 'Use for download'),
        el('button', { type: 'button', id: 'details-path-from', class: 'secondary' }, 'Path from here')));
    $('details-center').addEventListener('click', () => { state.center = d.id; updateExportLink(); });
    $('details-path-from').addEventListener('click', () => { $('path-from').value = d.name; $('path-to').focus(); });
  }

  async function showEdge(edge) {
    const d = edge.data();
    const source = edge.source();
    const target = edge.target();
    const panel = $('details');
    const sourceBlock = el('p', { class: 'source', id: 'evidence-source' });
    const facts = list(edgeFacts(d));
    panel.replaceChildren(
      el('h2', null, 'Details'),
      el('p', null, el('span', { class: `badge ${d.type}` }, d.type)),
      el('p', { class: 'title' }, `${source.data('name')} → ${shortName(target.data('name'))}`),
      d.evidence ? el('blockquote', { class: `evidence ${d.type}`, id: 'evidence' }, d.evidence) : el('p', { class: 'hint' }, 'No quote is stored for this edge.'),
      sourceBlock,
      facts);
    // Outlets named as intermediaries are often not drawn; ask for their names and redraw the facts.
    const via = String(d.reportedBy || '').split('|').filter(Boolean);
    resolveNames(via)
      .then((found) => { if (found && facts.isConnected) facts.replaceWith(list(edgeFacts(d))); })
      .catch(() => { /* the slug stays readable */ });
    if (d.articleId) {
      sourceBlock.append('Loading the article…');
      try {
        const article = await articleData(d.articleId);
        sourceBlock.replaceChildren(...articleLine(article, d.articleId));
      } catch (error) {
        sourceBlock.replaceChildren(`Article ${d.articleId}`);
      }
    }
  }

  const knownNames = new Map();

  // Names of entities that are not drawn, in one request; true when some were found.
  async function resolveNames(ids) {
    const missing = ids.filter((id) => cy.getElementById(id).empty() && !knownNames.has(id));
    if (missing.length === 0) return false;
    const fields = missing.map((id, i) => `e${i}: entity(id: ${JSON.stringify(id)}) { name }`).join(' ');
    const data = await graphql(`{ ${fields} }`);
    let found = false;
    missing.forEach((id, i) => {
      const entity = data[`e${i}`];
      if (entity && entity.name) { knownNames.set(id, entity.name); found = true; }
    });
    return found;
  }

  function nameOf(id) {
    const node = cy.getElementById(id);
    if (node.nonempty()) return node.data('name');
    if (knownNames.has(id)) return knownNames.get(id);
    // Not known yet: the id's slug reads well enough ("institution:reuters-news" → "reuters news").
    const slug = String(id).split(':').slice(1).join(':');
    return slug ? slug.replace(/-/g, ' ') : id;
  }

  // People read "Via: Associated Press", not "reportedBy: institution:ap".
  function edgeFacts(d) {
    const facts = [];
    if (d.date) facts.push(['Date', d.date]);
    if (d.reportedBy) facts.push(['Via', String(d.reportedBy).split('|').filter(Boolean).map(nameOf).join(', ')]);
    if (d.role) facts.push(['Role', d.role]);
    if (d.start !== undefined && d.end !== undefined) facts.push(['Characters', `${d.start}–${d.end}`]);
    if (d.rule) facts.push(['Extracted by', d.rule]);
    const known = new Set(['date', 'reportedBy', 'role', 'start', 'end', 'stance', 'rule']);
    for (const [k, v] of Object.entries(d)) {
      if (!HIDDEN_KEYS.has(k) && !known.has(k)) facts.push([k, v]);
    }
    return facts;
  }

  async function articleData(id) {
    const drawn = cy.getElementById(id);
    if (drawn.nonempty()) return drawn.data();
    const data = await graphql(
      `query Article($id: String!) { network(center: $id, depth: 1, limit: 1) { nodes { ${NODE_FIELDS} } } }`, { id });
    const node = data.network && data.network.nodes.find((n) => n.id === id);
    return node ? nodeData(node) : { id, name: id };
  }

  function articleLine(article, id) {
    const parts = ['In '];
    const title = article.name && article.name !== id ? article.name : (article.file || id);
    parts.push(article.url ? el('a', { href: article.url, target: '_blank', rel: 'noopener noreferrer' }, title) : el('cite', null, title));
    const meta = [article.publisher, article.publishedAt].filter(Boolean).join(', ');
    if (meta) parts.push(` — ${meta}`);
    return parts;
  }

  // ---------- search ----------

  let searchTimer = null;
  let searchSeq = 0;
  let activeIndex = -1;

  function snippetNodes(snippet) {
    // The API marks matches with [ and ]; turn them into <mark> without using innerHTML.
    const out = [];
    const re = /\[([^\]]*)\]/g;
    let last = 0;
    let m;
    while ((m = re.exec(snippet)) !== null) {
      out.push(snippet.slice(last, m.index));
      out.push(el('mark', null, m[1]));
      last = m.index + m[0].length;
    }
    out.push(snippet.slice(last));
    return out;
  }

  async function suggest(text) {
    const seq = ++searchSeq;
    if (text.trim().length < 2) return closeSuggestions();
    let hits;
    try {
      const data = await graphql('query Search($text: String!) { search(text: $text, first: 10) { kind id title snippet score } }', { text });
      hits = (data.search || []).filter((h) => h.kind !== 'Statement');
    } catch (error) {
      showError(error);
      return;
    }
    if (seq !== searchSeq) return; // a newer keystroke won
    const box = $('suggestions');
    box.replaceChildren();
    activeIndex = -1;
    hits.forEach((hit, i) => {
      const option = el('li', { role: 'option', id: `suggestion-${i}`, 'data-id': hit.id, 'aria-selected': 'false' },
        el('span', { class: 'kind' }, hit.kind), hit.title,
        hit.snippet && hit.snippet !== hit.title ? el('span', { class: 'snippet' }, ...snippetNodes(hit.snippet)) : null);
      option.addEventListener('mousedown', (event) => { event.preventDefault(); pick(hit.id); });
      box.append(option);
    });
    if (hits.length === 0) box.append(el('li', { role: 'option', 'aria-disabled': 'true', class: 'none' }, 'No match.'));
    box.hidden = false;
    $('search').setAttribute('aria-expanded', 'true');
  }

  function closeSuggestions() {
    $('suggestions').hidden = true;
    $('search').setAttribute('aria-expanded', 'false');
    $('search').removeAttribute('aria-activedescendant');
    activeIndex = -1;
  }

  function moveActive(step) {
    const options = Array.from($('suggestions').querySelectorAll('li[data-id]'));
    if (options.length === 0) return;
    activeIndex = (activeIndex + step + options.length) % options.length;
    options.forEach((o, i) => o.setAttribute('aria-selected', i === activeIndex ? 'true' : 'false'));
    $('search').setAttribute('aria-activedescendant', options[activeIndex].id);
    options[activeIndex].scrollIntoView({ block: 'nearest' });
  }

  async function pick(id) {
    closeSuggestions();
    try {
      await open(id);
    } catch (error) {
      showError(error);
    }
  }

  // ---------- path finder ----------

  async function findPath(from, to) {
    const result = $('path-result');
    result.classList.remove('found');
    result.textContent = 'Looking for a path…';
    clearPath();
    const data = await graphql(
      `query Path($from: String!, $to: String!) { path(from: $from, to: $to, maxHops: 6) { length nodes { ${NODE_FIELDS} } edges { ${EDGE_FIELDS} } } }`,
      { from, to });
    const path = data.path;
    if (!path) {
      result.textContent = `No path of at most 6 hops links “${from}” and “${to}”.`;
      return;
    }
    $('empty').hidden = true;
    const added = merge(path);
    if (added.nonempty()) relayout(added);
    state.pathIds = new Set([...path.nodes.map((n) => n.id), ...path.edges.map((e) => e.id)]);
    cy.batch(() => {
      cy.elements().forEach((e) => {
        const on = state.pathIds.has(e.id());
        e.toggleClass('on-path', on);
        e.toggleClass('faded', !on);
      });
    });
    // Show the path in its surroundings, without blowing three nodes up to fill the screen, and never so small that
    // its labels vanish (then the path is centred and the surroundings run off the edges).
    cy.fit(shown(cy.elements()), 40);
    if (cy.zoom() > 1.25) {
      const box = cy.elements('.on-path').renderedBoundingBox();
      cy.zoom({ level: 1.25, renderedPosition: { x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 } });
    } else if (cy.zoom() < MIN_PATH_ZOOM) {
      cy.zoom(MIN_PATH_ZOOM);
      cy.center(cy.elements('.on-path'));
    }
    result.classList.add('found');
    result.textContent = `Path of ${path.length} ${path.length === 1 ? 'hop' : 'hops'}: ${path.nodes.map((n) => shortName(n.name)).join(' → ')}`;
  }

  function clearPath() {
    state.pathIds = null;
    cy.elements().removeClass('on-path faded');
  }

  // ---------- export ----------

  function updateExportLink() {
    const format = $('export-format').value;
    const link = $('export-link');
    const query = state.center ? `?center=${encodeURIComponent(state.center)}&depth=1` : '';
    link.href = `/export/${encodeURIComponent(format)}${query}`;
    const node = state.center ? cy.getElementById(state.center) : null;
    link.textContent = state.center
      ? `Download neighbourhood of ${node && node.nonempty() ? shortName(node.data('name')) : state.center}`
      : 'Download whole graph';
    $('export-view').disabled = shown(cy.elements()).empty();
  }

  function fileNameFrom(disposition) {
    const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition || '');
    if (star) return decodeURIComponent(star[1]);
    const plain = /filename="?([^";]+)"?/i.exec(disposition || '');
    return plain ? plain[1] : null;
  }

  // Posts what is on screen now (after filters) to /export/{format} and saves the answer as a file.
  async function downloadView() {
    const format = $('export-format').value;
    const view = shown(cy.elements());
    const body = {
      nodes: view.nodes().map((n) => state.raw.get(n.id())).filter(Boolean),
      edges: view.edges().map((e) => state.raw.get(e.id())).filter(Boolean),
    };
    const response = await fetch(`/export/${encodeURIComponent(format)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      throw new Error((problem && problem.detail) || `The export failed (${response.status}).`);
    }
    const url = URL.createObjectURL(await response.blob());
    const link = el('a', { href: url, download: fileNameFrom(response.headers.get('Content-Disposition')) || 'knowledge-graph-view' });
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30000);
  }

  // ---------- wiring ----------

  function wire() {
    const search = $('search');
    search.addEventListener('input', () => {
      clearTimeout(searchTimer);
      searchTimer = setTimeout(() => suggest(search.value), 180);
    });
    search.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown') { event.preventDefault(); moveActive(+1); }
      else if (event.key === 'ArrowUp') { event.preventDefault(); moveActive(-1); }
      else if (event.key === 'Escape') closeSuggestions();
      else if (event.key === 'Enter') {
        event.preventDefault();
        const options = Array.from($('suggestions').querySelectorAll('li[data-id]'));
        const chosen = options[activeIndex >= 0 ? activeIndex : 0];
        if (chosen) pick(chosen.dataset.id);
      }
    });
    search.addEventListener('blur', () => setTimeout(closeSuggestions, 150));

    document.querySelectorAll('input[name="kind"], input[name="stance"], #publisher, #date-from, #date-to, #contested-only')
      .forEach((input) => input.addEventListener('change', applyFilters));

    $('path-form').addEventListener('submit', (event) => {
      event.preventDefault();
      findPath($('path-from').value.trim(), $('path-to').value.trim()).catch((error) => {
        $('path-result').textContent = error.message;
      });
    });
    $('path-clear').addEventListener('click', () => { clearPath(); $('path-result').textContent = ''; });

    $('export-format').addEventListener('change', updateExportLink);
    $('export-view').addEventListener('click', () => downloadView().catch(showError));
    $('relayout').addEventListener('click', () => relayout(cy.elements()));
    $('fit').addEventListener('click', () => cy.fit(shown(cy.elements()), 40));
    $('clear').addEventListener('click', () => {
      cy.elements().remove();
      state.expanded.clear();
      state.center = null;
      clearPath();
      updateExportLink();
      updateCounts();
      $('empty').hidden = false;
      $('details').replaceChildren(el('h2', null, 'Details'), el('p', { class: 'hint' }, 'Click a node to expand its neighbours, or an edge to read its evidence.'));
    });

    cy.on('tap', 'node', (event) => {
      const node = event.target;
      showNode(node);
      state.center = node.id();
      updateExportLink();
      expand(node.id()).then(() => showNode(node)).catch(showError);
    });
    cy.on('tap', 'edge', (event) => { showEdge(event.target).catch(showError); });
  }

  function start() {
    window.kgViewer = { shown };
    window.cy = cytoscape({
      container: $('cy'),
      style: style(),
      wheelSensitivity: 0.3,
      minZoom: 0.15,
      maxZoom: 3,
      boxSelectionEnabled: false,
    });
    wire();
    updateExportLink();

    // /viewer?center=<id or name> opens that node (links from GraphiQL results, bookmarks); without it, the most
    // connected entity. The page says it is ready once that first neighbourhood is drawn (or failed to load).
    const center = new URLSearchParams(location.search).get('center');
    const opening = center ? pick(center) : openMostConnected().catch(showError);
    opening.finally(() => { document.body.dataset.ready = 'true'; });
  }

  // cytoscape comes from /vendor, copied from npm at build time; without it the page can only explain.
  if (window.cytoscape) {
    start();
  } else {
    showError('The cytoscape library could not be loaded from /vendor; rebuild the API project (npm ci).');
  }
})();
