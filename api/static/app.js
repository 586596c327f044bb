/* stratgraph explorer: search, entity profile (diagram, stance timeline, facts with
 * citations) and curated queries with forms built from their parameters.
 * Plain JavaScript against the API's JSON routes; no build step, no library, no CDN.
 * Views are addressed by the URL hash so every page can be bookmarked:
 *   #/search?q=openai   #/entity/org:openai   #/queries   #/queries/<name>?param=value
 */
(function () {
  "use strict";

  var view = document.getElementById("view");
  var vocabulary = null;

  /* ---------------------------------------------------------------- helpers */
  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) return;
      if (key === "text") node.textContent = value;
      else if (key.indexOf("on") === 0) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) return;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  function query(params) {
    return Object.keys(params).filter(function (k) {
      return params[k] !== null && params[k] !== undefined && params[k] !== "";
    }).map(function (k) {
      return encodeURIComponent(k) + "=" + encodeURIComponent(params[k]);
    }).join("&");
  }

  function parseQuery(text) {
    var out = {};
    (text || "").split("&").forEach(function (pair) {
      if (!pair) return;
      var at = pair.indexOf("=");
      var key = decodeURIComponent(at < 0 ? pair : pair.slice(0, at));
      out[key] = at < 0 ? "" : decodeURIComponent(pair.slice(at + 1).replace(/\+/g, " "));
    });
    return out;
  }

  /* Every API answer has one shape: {ok, columns, rows, ...} or {ok: false, error, ...}. */
  function api(path, params) {
    var url = path + (params ? "?" + query(params) : "");
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (response) {
      return response.json().catch(function () {
        return { ok: false, error: "HTTP " + response.status + " (not JSON)" };
      });
    }).then(function (body) {
      if (!body || body.ok === false) {
        var error = new Error((body && body.error) || "request failed");
        error.body = body;
        throw error;
      }
      return body;
    });
  }

  function errorBox(error) {
    var detail = error.body && error.body.detail;
    var children = [el("strong", { text: "Error: " }), error.message];
    if (detail && detail.suggestions && detail.suggestions.length) {
      children.push(" Did you mean: " + detail.suggestions.join(", ") + "?");
    }
    return el("div", { "class": "error", role: "alert" }, children);
  }

  function loading(text) { return el("p", { "class": "loading", text: text || "Loading…" }); }

  function entityLink(id, name) {
    return el("a", { href: "#/entity/" + encodeURIComponent(id), "class": "entity-link", text: name || id });
  }

  var ENTITY_ID = /^[a-z]+:[a-z0-9][a-z0-9._-]*$/;
  var ENTITY_COLUMNS = { id: 1, subject: 1, object: 1, actor: 1, position: 1, entity: 1, source: 1, target: 1 };

  function cell(column, row) {
    var value = row[column];
    if (value === null || value === undefined) return el("td", { "class": "muted", text: "—" });
    if (column === "title" && row.url) {
      return el("td", {}, [el("a", { href: row.url, target: "_blank", rel: "noopener", text: String(value) })]);
    }
    if (column === "url") {
      return el("td", {}, [el("a", { href: value, target: "_blank", rel: "noopener", text: "link" })]);
    }
    if (typeof value === "string" && ENTITY_COLUMNS[column] && ENTITY_ID.test(value)) {
      return el("td", {}, [entityLink(value, row[column + "_name"] || (column === "id" && row.name) || value)]);
    }
    if (Array.isArray(value)) value = value.map(function (v) { return typeof v === "object" ? JSON.stringify(v) : v; }).join(", ");
    else if (typeof value === "object") value = JSON.stringify(value);
    return el("td", { "class": column === "sentence" ? "sentence" : null, text: String(value) });
  }

  function table(columns, rows) {
    if (!rows.length) return el("p", { "class": "muted", text: "No rows." });
    var head = el("tr", {}, columns.map(function (c) { return el("th", { text: c }); }));
    var body = rows.map(function (row) {
      return el("tr", {}, columns.map(function (c) { return cell(c, row); }));
    });
    return el("div", { "class": "scroll" }, [el("table", {}, [el("thead", {}, [head]), el("tbody", {}, body)])]);
  }

  function section(title, id, children) {
    return el("section", { "class": "card", id: id }, [el("h2", { text: title })].concat(children || []));
  }

  /* ------------------------------------------------------------------ views */
  function home() {
    view.appendChild(el("h1", { text: "AI lab strategy, as a cited knowledge graph" }));
    view.appendChild(el("p", {}, [
      "Search an organisation, a person, a model or a policy position above, in any language or spelling ",
      "(", el("a", { href: "#/search?q=openai", text: "openai" }), ", ",
      el("a", { href: "#/search?q=OpenIA", text: "OpenIA" }), ", ",
      el("a", { href: "#/search?q=Deepseek", text: "Deepseek" }), "), or run a ",
      el("a", { href: "#/queries", text: "curated query" }), "."]));
  }

  function search(params) {
    var q = params.q || "";
    document.getElementById("search-input").value = q;
    view.appendChild(el("h1", { text: "Entities matching “" + q + "”" }));
    var box = view.appendChild(el("div", { id: "search-results" }, [loading()]));
    api("/entities", { search: q, limit: 50 }).then(function (body) {
      clear(box);
      if (!body.rows.length) { box.appendChild(el("p", { text: "Nothing found. Try another spelling." })); return; }
      box.appendChild(el("ul", { "class": "results" }, body.rows.map(function (row) {
        var aliases = (row.aliases || []).filter(function (a) { return a !== row.name; }).slice(0, 8);
        return el("li", { "class": "result" }, [
          entityLink(row.id, row.name), " ", el("span", { "class": "type", text: row.type || "" }),
          el("div", { "class": "muted", text: row.id + (aliases.length ? " · also " + aliases.join(", ") : "") })]);
      })));
    }).catch(function (error) { clear(box).appendChild(errorBox(error)); });
  }

  function diagramSection(id) {
    var depth = el("select", { id: "diagram-depth", "aria-label": "depth" },
      [1, 2, 3].map(function (d) { return el("option", { value: String(d), text: "depth " + d }); }));
    var relations = el("select", { id: "diagram-relations", "aria-label": "relations" }, [
      el("option", { value: "", text: "all relations" }),
      el("option", { value: "influence", text: "influence-bearing only" })]);
    var frame = el("iframe", { id: "diagram", title: "Influence diagram", loading: "lazy" });
    var links = el("span", { "class": "muted" });
    function load() {
      var params = { focus: id, depth: depth.value, relations: relations.value };
      frame.src = "/diagrams/influence?" + query(Object.assign({ format: "html" }, params));
      clear(links).appendChild(document.createTextNode("Download: "));
      ["svg", "png", "mermaid"].forEach(function (fmt, i) {
        if (i) links.appendChild(document.createTextNode(" · "));
        links.appendChild(el("a", { href: "/diagrams/influence?" + query(Object.assign({ format: fmt }, params)),
                                    download: id.replace(":", "_") + (fmt === "mermaid" ? ".mmd" : "." + fmt), text: fmt }));
      });
    }
    depth.addEventListener("change", load);
    relations.addEventListener("change", load);
    load();
    return section("Influence diagram", "diagram-section", [
      el("div", { "class": "diagram-bar" }, [depth, relations, links,
        el("span", { "class": "muted", text: "Hover or click an edge for its citations." })]),
      frame]);
  }

  function stanceSection(id) {
    var box = el("div", {}, [loading()]);
    api("/queries/stance_timeline", { actor: id }).then(function (body) {
      clear(box);
      if (!body.rows.length) { box.appendChild(el("p", { "class": "muted", text: "No stance on record." })); return; }
      box.appendChild(el("ol", { "class": "stances" }, body.rows.map(function (row) {
        return el("li", {}, [
          el("strong", { text: (row.date || "undated") + " " }),
          el("span", { "class": "stance-" + row.stance, text: row.stance === "SUPPORTS" ? "supports" : "opposes" }),
          " ", entityLink(row.position, row.position_name),
          el("div", { "class": "sentence", text: "“" + row.sentence + "”" }),
          el("div", { "class": "muted" }, [row.url ? el("a", { href: row.url, target: "_blank", rel: "noopener", text: row.title || row.article })
                                                  : (row.title || row.article)])]);
      })));
    }).catch(function (error) { clear(box).appendChild(errorBox(error)); });
    return section("Stance timeline", "stance-section", [box]);
  }

  function factsSection(id) {
    var box = el("div", {}, [loading()]);
    Promise.all([api("/facts", { subject: id, limit: 500 }), api("/facts", { object: id, limit: 500 })])
      .then(function (answers) {
        var seen = {};
        var rows = [];
        answers.forEach(function (body) {
          body.rows.forEach(function (row) { if (!seen[row.claim]) { seen[row.claim] = true; rows.push(row); } });
        });
        rows.sort(function (a, b) { return String(a.date || "").localeCompare(String(b.date || "")); });
        clear(box).appendChild(el("p", { "class": "muted", text: rows.length + " claims, each with its sentence and article." }));
        box.appendChild(table(["date", "subject", "predicate", "object", "sentence", "title", "confidence"], rows));
      }).catch(function (error) { clear(box).appendChild(errorBox(error)); });
    return section("Facts with citations", "facts-section", [box]);
  }

  function entity(id) {
    var head = view.appendChild(el("section", { "class": "card", id: "profile" }, [loading()]));
    api("/entities/" + encodeURIComponent(id)).then(function (body) {
      var row = body.rows[0];
      document.title = row.name + " · stratgraph";
      clear(head);
      head.appendChild(el("div", { "class": "type", text: row.type }));
      head.appendChild(el("h1", { text: row.name }));
      var facts = [row.id];
      if (row.wikidata) facts.push(el("a", { href: "https://www.wikidata.org/wiki/" + row.wikidata, target: "_blank", rel: "noopener", text: row.wikidata }));
      facts.push(row.articles + " articles", (row.claims_as_subject + row.claims_as_object) + " claims", row.relations + " relations");
      var line = el("p", { "class": "muted" });
      facts.forEach(function (f, i) { if (i) line.appendChild(document.createTextNode(" · ")); line.appendChild(typeof f === "string" ? document.createTextNode(f) : f); });
      head.appendChild(line);
      var aliases = (row.aliases || []).filter(function (a) { return a !== row.name; });
      if (aliases.length) head.appendChild(el("p", {}, ["Also written: "].concat(aliases.map(function (a) { return el("span", { "class": "pill", text: a }); }))));
      view.appendChild(diagramSection(row.id));
      if (row.type === "Person" || row.type === "Organization") view.appendChild(stanceSection(row.id));
      view.appendChild(factsSection(row.id));
    }).catch(function (error) { clear(head).appendChild(errorBox(error)); });
  }

  function catalogue() {
    view.appendChild(el("h1", { text: "Curated queries" }));
    var box = view.appendChild(el("div", { id: "catalogue" }, [loading()]));
    api("/queries").then(function (body) {
      clear(box).appendChild(el("ul", { "class": "queries" }, body.rows.map(function (q) {
        return el("li", {}, [el("a", { href: "#/queries/" + q.name, text: q.title }), " ",
          el("span", { "class": "muted", text: "(" + q.tags.join(", ") + ") " + q.description })]);
      })));
    }).catch(function (error) { clear(box).appendChild(errorBox(error)); });
  }

  function input(param, value) {
    var attrs = { id: "param-" + param.name, name: param.name, required: param.required,
                  placeholder: param.example === null || param.example === undefined ? "" : "e.g. " + param.example };
    if (param.type === "bool") {
      var select = el("select", attrs, [el("option", { value: "", text: "(any)" }),
        el("option", { value: "true", text: "true" }), el("option", { value: "false", text: "false" })]);
      select.value = value;
      return select;
    }
    if (param.type === "int") attrs.type = "number";
    else attrs.type = "text";
    if (param.type === "date") attrs.pattern = "\\d{4}(-\\d{2}(-\\d{2})?)?";
    var list = vocabulary && { label: vocabulary.labels, relation: vocabulary.relations }[param.type];
    if (list) attrs.list = "list-" + param.type;
    attrs.value = value;
    return el("input", attrs);
  }

  function curated(name, given) {
    var box = view.appendChild(el("div", {}, [loading()]));
    Promise.all([api("/queries"), vocabulary ? Promise.resolve(vocabulary) : api("/diagrams/vocabulary")])
      .then(function (answers) {
        vocabulary = answers[1];
        var q = answers[0].rows.filter(function (r) { return r.name === name; })[0];
        clear(box);
        if (!q) { box.appendChild(errorBox(new Error("no curated query named " + name))); return; }
        document.title = q.title + " · stratgraph";
        box.appendChild(el("h1", { text: q.title }));
        box.appendChild(el("p", { text: q.description }));
        var ran = Object.keys(given).length > 0;
        var args = Object.assign({}, given);
        delete args._run;
        var fields = [];
        q.params.forEach(function (p) {
          var value = ran ? (given[p.name] || "") : (p.required ? p.example : (p.default === null ? "" : p.default));
          fields.push(el("label", { "for": "param-" + p.name }, [p.name,
            el("span", { "class": "help", text: p.description + " (" + p.type + (p.required ? ", required" : "") + ")" })]));
          fields.push(input(p, value === null || value === undefined ? "" : String(value)));
        });
        fields.push(el("div", { "class": "actions" }, [el("button", { type: "submit", id: "run-query", text: "Run" }),
          " ", el("a", { href: "/queries/" + name + "?" + query(Object.assign({}, args, { format: "csv" })), text: "CSV" })]));
        var form = el("form", { "class": "params", id: "query-form" }, fields);
        ["label", "relation"].forEach(function (kind) {
          var values = { label: vocabulary.labels, relation: vocabulary.relations }[kind];
          form.appendChild(el("datalist", { id: "list-" + kind }, values.map(function (v) { return el("option", { value: v }); })));
        });
        form.addEventListener("submit", function (event) {
          event.preventDefault();
          var params = {};
          q.params.forEach(function (p) { params[p.name] = form.elements[p.name].value; });
          params._run = "1";
          location.hash = "#/queries/" + name + "?" + query(params);
        });
        box.appendChild(section("Parameters", "query-params", [form]));
        var result = box.appendChild(section("Result", "query-result", [ran ? loading("Running…") : el("p", { "class": "muted", text: "Fill in the parameters and run." })]));
        if (!ran) return;
        api("/queries/" + name, args).then(function (body) {
          var r = clear(result);
          r.appendChild(el("h2", { text: "Result" }));
          r.appendChild(el("p", { "class": "muted", id: "row-count",
            text: body.row_count + " rows" + (body.truncated ? " (truncated at the row cap)" : "") }));
          r.appendChild(table(body.columns, body.rows));
        }).catch(function (error) { clear(result).appendChild(errorBox(error)); });
      }).catch(function (error) { clear(box).appendChild(errorBox(error)); });
  }

  /* ----------------------------------------------------------------- router */
  function route() {
    clear(view);
    document.title = "stratgraph explorer";
    var hash = location.hash.replace(/^#/, "") || "/";
    var at = hash.indexOf("?");
    var path = at < 0 ? hash : hash.slice(0, at);
    var params = parseQuery(at < 0 ? "" : hash.slice(at + 1));
    var parts = path.split("/").filter(Boolean).map(decodeURIComponent);
    if (parts[0] === "search") search(params);
    else if (parts[0] === "entity" && parts[1]) entity(parts[1]);
    else if (parts[0] === "queries" && parts[1]) curated(parts[1], params);
    else if (parts[0] === "queries") catalogue();
    else home();
    window.scrollTo(0, 0);
  }

  document.getElementById("search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var q = document.getElementById("search-input").value.trim();
    if (q) location.hash = "#/search?q=" + encodeURIComponent(q);
  });
  window.addEventListener("hashchange", route);
  route();
})();
