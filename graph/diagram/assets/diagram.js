/* Interactive influence diagram: pan, zoom, filters, search and a citation panel over a
 * Graphviz SVG. Plain JavaScript, no library and no network: the page must open from a file.
 * Each `[data-sg-diagram]` element holds the SVG (`[data-sg-canvas]`), an empty control bar
 * (`[data-sg-controls]`), a details panel (`[data-sg-details]`) and the diagram's data as JSON
 * (`script[data-sg-data]`): nodes and edges keyed by the SVG element ids (n0.., e0..).
 */
(function () {
  "use strict";

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function fold(text) {
    return (text || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  function attach(root) {
    var data = JSON.parse(root.querySelector("script[data-sg-data]").textContent);
    var canvas = root.querySelector("[data-sg-canvas]");
    var controls = root.querySelector("[data-sg-controls]");
    var details = root.querySelector("[data-sg-details]");
    var svg = canvas.querySelector("svg");
    if (!svg) return;
    svg.removeAttribute("width");
    svg.removeAttribute("height");
    var box = svg.getAttribute("viewBox").split(/\s+/).map(Number);
    var home = box.slice();
    var view = box.slice();
    var hiddenTypes = {};
    var hiddenRelations = {};
    var influenceOnly = false;
    var query = "";

    function setView() { svg.setAttribute("viewBox", view.join(" ")); }

    function zoom(factor, cx, cy) {
      var w = view[2] * factor, h = view[3] * factor;
      if (w < home[2] / 40 || w > home[2] * 8) return;
      var fx = cx === undefined ? 0.5 : cx, fy = cy === undefined ? 0.5 : cy;
      view = [view[0] + (view[2] - w) * fx, view[1] + (view[3] - h) * fy, w, h];
      setView();
    }

    canvas.addEventListener("wheel", function (event) {
      event.preventDefault();
      var rect = svg.getBoundingClientRect();
      zoom(event.deltaY > 0 ? 1.15 : 1 / 1.15,
           (event.clientX - rect.left) / rect.width, (event.clientY - rect.top) / rect.height);
    }, { passive: false });

    var drag = null;
    canvas.addEventListener("mousedown", function (event) {
      drag = { x: event.clientX, y: event.clientY, view: view.slice(), moved: false };
      canvas.classList.add("sg-dragging");
    });
    window.addEventListener("mousemove", function (event) {
      if (!drag) return;
      var rect = svg.getBoundingClientRect();
      var scale = Math.max(view[2] / rect.width, view[3] / rect.height);
      var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
      if (Math.abs(dx) + Math.abs(dy) > 3) drag.moved = true;
      view = [drag.view[0] - dx * scale, drag.view[1] - dy * scale, view[2], view[3]];
      setView();
    });
    window.addEventListener("mouseup", function () {
      canvas.classList.remove("sg-dragging");
      setTimeout(function () { drag = null; }, 0);
    });

    function edgeVisible(id) {
      var edge = data.edges[id];
      if (hiddenRelations[edge.relation]) return false;
      if (influenceOnly && !edge.influence) return false;
      return !hiddenTypes[data.nodes[edge.source].type] && !hiddenTypes[data.nodes[edge.target].type];
    }

    function apply() {
      var q = fold(query.trim());
      var visibleNodes = {};
      Object.keys(data.edges).forEach(function (id) {
        var visible = edgeVisible(id);
        var g = svg.getElementById(id);
        if (g) g.classList.toggle("sg-hidden", !visible);
        if (visible) {
          visibleNodes[data.edges[id].source] = true;
          visibleNodes[data.edges[id].target] = true;
        }
      });
      Object.keys(data.nodes).forEach(function (id) {
        var node = data.nodes[id];
        var g = svg.getElementById(id);
        if (!g) return;
        var shown = !hiddenTypes[node.type] && (visibleNodes[id] || node.focus);
        g.classList.toggle("sg-hidden", !shown);
        var text = fold([node.name].concat(node.aliases || []).join(" "));
        g.classList.toggle("sg-match", q !== "" && text.indexOf(q) >= 0);
      });
    }

    function checkbox(label, checked, onChange, swatch, key) {
      var input = el("input", { type: "checkbox", "data-sg-filter": key });
      input.checked = checked;
      input.addEventListener("change", function () { onChange(input.checked); apply(); });
      var children = [input];
      if (swatch) children.push(el("span", { "class": "sg-swatch", style: "background:" + swatch }));
      children.push(label);
      return el("label", {}, children);
    }

    var types = el("fieldset", {}, [el("legend", { text: "Types" })]);
    data.types.forEach(function (t) {
      types.appendChild(checkbox(t.legend, true, function (on) { hiddenTypes[t.type] = !on; }, t.color, "type:" + t.type));
    });
    var relations = el("fieldset", {}, [el("legend", { text: "Relations" })]);
    data.relations.forEach(function (r) {
      relations.appendChild(checkbox(r.relation, true, function (on) { hiddenRelations[r.relation] = !on; }, r.color, "relation:" + r.relation));
    });
    relations.appendChild(checkbox("influence only", false, function (on) { influenceOnly = on; }, null, "influence-only"));
    var search = el("input", { type: "search", placeholder: "find a node…", "aria-label": "find a node" });
    search.addEventListener("input", function () { query = search.value; apply(); });
    function button(text, action) {
      var b = el("button", { type: "button", text: text });
      b.addEventListener("click", action);
      return b;
    }
    controls.appendChild(types);
    controls.appendChild(relations);
    controls.appendChild(el("span", {}, [search, " ",
      button("+", function () { zoom(1 / 1.3); }), " ",
      button("−", function () { zoom(1.3); }), " ",
      button("fit", function () { view = home.slice(); setView(); })]));

    function citationList(citations) {
      return el("ol", {}, citations.map(function (c) {
        var title = c.url ? el("a", { href: c.url, target: "_blank", rel: "noopener", text: c.title })
                          : el("span", { text: c.title });
        var meta = [c.date, c.confidence != null ? "confidence " + c.confidence : null, c.extractor]
          .filter(Boolean).join(" · ");
        return el("li", {}, [el("blockquote", { text: c.sentence }), title,
                              el("div", { "class": "sg-meta", text: meta })]);
      }));
    }

    function select(id) {
      svg.querySelectorAll(".sg-selected, .sg-dim").forEach(function (g) {
        g.classList.remove("sg-selected", "sg-dim");
      });
      details.textContent = "";
      if (data.nodes[id]) {
        var node = data.nodes[id];
        var linked = { };
        linked[id] = true;
        var rows = [];
        Object.keys(data.edges).forEach(function (eid) {
          var e = data.edges[eid];
          if (e.source !== id && e.target !== id) return;
          linked[e.source] = linked[e.target] = linked[eid] = true;
          var other = data.nodes[e.source === id ? e.target : e.source];
          var text = (e.source === id ? "→ " : "← ") + e.relation + " " + other.name +
                     " (" + e.count + (e.count > 1 ? " claims)" : " claim)");
          var item = el("li", {}, [el("a", { href: "#", text: text })]);
          item.firstChild.addEventListener("click", function (ev) { ev.preventDefault(); select(eid); });
          rows.push(item);
        });
        svg.querySelectorAll("g.node, g.edge").forEach(function (g) {
          if (!linked[g.id]) g.classList.add("sg-dim");
        });
        details.appendChild(el("h2", { text: node.name }));
        details.appendChild(el("div", { "class": "sg-meta",
          text: node.type + " · " + node.entity + " · influence score " + node.score.toFixed(4) }));
        if (node.aliases && node.aliases.length) details.appendChild(el("p", { text: "Also: " + node.aliases.join(", ") }));
        details.appendChild(el("ul", {}, rows));
      } else if (data.edges[id]) {
        var edge = data.edges[id];
        var g = svg.getElementById(id);
        if (g) g.classList.add("sg-selected");
        details.appendChild(el("h2", { text: data.nodes[edge.source].name + " " + edge.relation + " " +
                                              data.nodes[edge.target].name }));
        details.appendChild(el("div", { "class": "sg-meta", text: edge.count + " claim(s) in " + edge.articles +
          " article(s)" + (edge.first_seen ? " · " + edge.first_seen + (edge.last_seen !== edge.first_seen ? " – " + edge.last_seen : "") : "") }));
        details.appendChild(citationList(edge.citations));
      }
    }

    svg.addEventListener("click", function (event) {
      if (drag && drag.moved) return;
      var g = event.target.closest("g.node, g.edge");
      if (g) { event.preventDefault(); select(g.id); }
    });
    root.sgSelect = select;
    apply();
  }

  function attachAll() {
    document.querySelectorAll("[data-sg-diagram]").forEach(function (root) {
      if (!root.sgAttached) { root.sgAttached = true; attach(root); }
    });
  }
  window.sgDiagram = { attach: attach, attachAll: attachAll };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", attachAll);
  else attachAll();
})();
