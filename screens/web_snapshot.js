// Snapshot of a page's rendered elements, run in the page by the web device.
// Returns {url, dpr, viewport:[w,h], scroll:[x,y], elements:[...]} with boxes in CSS px of the
// viewport; screens/web_dom.py turns it into a Screen in screenshot pixels.
// Kept: interactive elements, elements with their own text, images, canvases, inputs and
// scroll containers. As on Android, text stays on the element that holds it; an interactive
// element with no text of its own (a row, a <button><span>…</span></button>) also carries its
// descendants' text, marked attrs.aggregate so it is not counted twice. Password values are
// never read. A control carries the labels of the hidden items it may open (attrs.popup, one
// a line: of its aria-controls, its aria-labelledby menu, its <details>, else its hidden next
// sibling; display:none elements are otherwise not in the tree; attrs.popup_nested: those of
// menus nested in that one, which a second tap opens) — flows/openers.py decides
// whether it is a menu opener (aria-haspopup and aria-expanded are kept as attrs). A form's
// fields and buttons carry the form's number (attrs.form): a button is known to submit the
// form a field belongs to; a field keeps its autocomplete ("new-password": it sets a new
// password, "current-password"), a password field says whether it is filled (attrs.filled,
// never its value), a <label> says what its control is (attrs.control: checkbox, radio,
// text…). The content of a closed <details> is not on screen. An interactive element whose middle
// something else covers is attrs.obscured (under a dialog), or attrs.under_bar ("bottom" or
// "top") when what covers it is a bar fixed to that edge of the screen.
return (function (maxElements) {
  const INTERACTIVE_TAGS = new Set(["A", "BUTTON", "INPUT", "SELECT", "TEXTAREA", "SUMMARY", "LABEL", "OPTION"]);
  const INTERACTIVE_ROLES = new Set(["button", "link", "checkbox", "radio", "switch", "tab", "menuitem",
    "menuitemcheckbox", "menuitemradio", "option", "textbox", "combobox", "slider", "spinbutton"]);
  const MEDIA_TAGS = new Set(["IMG", "CANVAS", "VIDEO", "svg", "IFRAME"]);
  const SKIP_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "HEAD", "META", "LINK", "TITLE"]);
  const vw = window.innerWidth, vh = window.innerHeight;
  const out = [];

  function norm(s) { return (s || "").replace(/\s+/g, " ").trim(); }
  function ownText(el) {
    let s = "";
    for (const n of el.childNodes) if (n.nodeType === 3) s += n.nodeValue;
    return norm(s);
  }
  // The box of an element's own words (its text nodes' lines), when narrower or lower than the
  // element's box: a block element's box spans its container, the words do not, and a box or
  // switch drawn beside them inside the same element is not part of them.
  function ownTextRect(el, r) {
    let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
    for (const n of el.childNodes) {
      if (n.nodeType !== 3 || !n.nodeValue.trim()) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      for (const q of range.getClientRects()) {
        if (q.width <= 0 || q.height <= 0) continue;
        x1 = Math.min(x1, q.left); y1 = Math.min(y1, q.top); x2 = Math.max(x2, q.right); y2 = Math.max(y2, q.bottom);
      }
    }
    if (x1 === Infinity) return null;
    const same = x1 - r.left <= 2 && r.right - x2 <= 2 && y1 - r.top <= 2 && r.bottom - y2 <= 2;
    return same ? null : [x1, y1, x2, y2];
  }
  function rgba(c) {
    const m = /rgba?\(([^)]+)\)/.exec(c || "");
    if (!m) return null;
    const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [p[0] | 0, p[1] | 0, p[2] | 0, p.length > 3 ? p[3] : 1];
  }
  function backgroundOf(el) {
    // The colour painted behind el: its own background, else the nearest ancestor's.
    for (let e = el; e && e.nodeType === 1; e = e.parentElement) {
      const c = rgba(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) return c;
    }
    return [255, 255, 255, 1];
  }
  function labelOf(el) {
    const aria = el.getAttribute("aria-label");
    if (aria) return norm(aria);
    const by = el.getAttribute("aria-labelledby");
    if (by) {
      const t = by.split(/\s+/).map(id => document.getElementById(id)).filter(Boolean)
        .map(e => e.innerText).join(" ");
      if (norm(t)) return norm(t);
    }
    if (el.labels && el.labels.length) return norm(el.labels[0].innerText);
    if (el.tagName === "IMG") return norm(el.getAttribute("alt"));
    return norm(el.getAttribute("placeholder") || el.getAttribute("title"));
  }
  function ownPointer(el, cs) {
    // cursor is inherited: only the element that sets the pointer counts as tappable.
    if (cs.cursor !== "pointer") return false;
    const p = el.parentElement;
    return !p || getComputedStyle(p).cursor !== "pointer";
  }
  function isScrollable(el, cs) {
    const oy = cs.overflowY, ox = cs.overflowX;
    return ((oy === "auto" || oy === "scroll") && el.scrollHeight > el.clientHeight + 1) ||
           ((ox === "auto" || ox === "scroll") && el.scrollWidth > el.clientWidth + 1);
  }
  function coverOf(el, r) {
    // What lies over el's middle (null: el itself, or its label; true: nothing answers there).
    const x = Math.min(Math.max(r.left + r.width / 2, 0), vw - 1);
    const y = Math.min(Math.max(r.top + r.height / 2, 0), vh - 1);
    const hit = document.elementFromPoint(x, y);
    if (!hit) return true;
    return hit === el || el.contains(hit) || (el.labels && [...el.labels].some(l => l.contains(hit))) ? null : hit;
  }
  function barAt(hit) {
    // "bottom" or "top" when hit lies in a bar fixed (or stuck) to that edge of the screen — a
    // tab bar, a strip, a sticky header, at most a third of the screen high and half its width
    // or more — from under which a scroll brings what it covers; "" for anything else (a dialog,
    // a toast: a message that comes and goes is waited out, flows/session.py).
    for (let e = hit; e && e.nodeType === 1 && e !== document.body; e = e.parentElement) {
      const live = e.getAttribute("role");
      if (live === "status" || live === "alert" || e.getAttribute("aria-live")) return "";
      const pos = getComputedStyle(e).position;
      if (pos !== "fixed" && pos !== "sticky") continue;
      const b = e.getBoundingClientRect();
      if (b.width < vw / 2 || b.height > vh / 3) return "";
      if (b.bottom >= vh - 2) return "bottom";
      return b.top <= 2 ? "top" : "";
    }
    return "";
  }

  function rendered(el) {
    // Laid out and shown: not display:none, not inside a closed <details> (content-visibility).
    if (el.checkVisibility) return el.checkVisibility({ visibilityProperty: true });
    return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  }
  function popupOf(el) {
    // The labels of the hidden items a menu opener would show, [own, nested] ("" when none).
    const pops = (el.getAttribute("aria-controls") || "").split(/\s+/).filter(Boolean)
      .map(id => document.getElementById(id)).filter(Boolean);
    if (!pops.length && el.id)
      for (const p of document.querySelectorAll("[aria-labelledby]"))
        if (p !== el && p.getAttribute("aria-labelledby").split(/\s+/).includes(el.id)) pops.push(p);
    if (!pops.length && el.tagName === "SUMMARY" && el.parentElement) pops.push(el.parentElement);
    if (!pops.length && el.nextElementSibling && !rendered(el.nextElementSibling)) pops.push(el.nextElementSibling);
    // Its own items first (shown as soon as it opens); then, apart, those of menus nested in
    // it (a drop-down inside a collapsed navbar: shown only by a second tap), at most
    // NESTED_PER_MENU of each, so that one long nested list (thirty languages) neither passes
    // for the opener's own menu nor crowds out another nested menu's items.
    const own = [], nested = [], perMenu = new Map();
    for (const p of pops)
      for (const it of p.querySelectorAll("a, button, summary, [role^=menuitem], [role=link], [role=tab]")) {
        if (it === el || rendered(it)) continue;
        const t = norm(it.getAttribute("aria-label") || it.textContent).slice(0, 60);
        if (!t || own.includes(t) || nested.includes(t)) continue;
        const menu = nestedMenu(it, p);
        if (!menu) { if (own.length < 30) own.push(t); continue; }
        const n = perMenu.get(menu) || 0;
        if (n < NESTED_PER_MENU && nested.length < 30) { nested.push(t); perMenu.set(menu, n + 1); }
      }
    return [own.join("\n"), nested.join("\n")];
  }
  const NESTED_PER_MENU = 12;
  function nestedMenu(it, pop) {
    // The element between an item and its opener's popup that hides it on its own (a nested
    // drop-down's display:none menu), or null when the item shows as soon as the popup does.
    for (let a = it.parentElement; a && a !== pop; a = a.parentElement) {
      const cs = getComputedStyle(a);
      if (cs.display === "none") return a;
      if (cs.visibility === "hidden" && a.parentElement &&
          getComputedStyle(a.parentElement).visibility !== "hidden") return a;
    }
    return null;
  }

  function walk(el, parent, opacity) {
    if (out.length >= maxElements) return;
    const tag = el.tagName;
    if (SKIP_TAGS.has(tag)) return;
    const cs = getComputedStyle(el);
    if (cs.display === "none") return;
    // the content of a closed <details> is laid out but never painted: not on screen
    if (cs.display !== "contents" && el.checkVisibility && !el.checkVisibility()) return;
    const op = opacity * parseFloat(cs.opacity || "1");
    const r = el.getBoundingClientRect();
    const role = (el.getAttribute("role") || "").toLowerCase();
    const type = (el.getAttribute("type") || "").toLowerCase();
    const hidden = cs.visibility === "hidden" || cs.visibility === "collapse" || op <= 0.01 ||
                   el.getAttribute("aria-hidden") === "true";
    const field = tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA";
    const interactive = !hidden && (INTERACTIVE_TAGS.has(tag) && !(tag === "LABEL" && !el.control) ||
      INTERACTIVE_ROLES.has(role) || el.hasAttribute("onclick") || ownPointer(el, cs) ||
      (el.hasAttribute("tabindex") && el.tabIndex >= 0) || el.isContentEditable && el === document.activeElement);
    const scrollable = !hidden && isScrollable(el, cs);
    let text = "";
    if (field) {
      if (tag === "SELECT") text = el.selectedIndex >= 0 ? norm(el.options[el.selectedIndex].text) : "";
      else if (type === "password" || type === "checkbox" || type === "radio" || type === "file" || type === "hidden") text = "";
      else if (type === "button" || type === "submit" || type === "reset") text = norm(el.value);
      else text = el.value || "";
    } else {
      text = ownText(el).slice(0, 500);
    }
    let aggregate = false;
    if (!text && interactive && !field) {
      text = norm(el.innerText).slice(0, 500);
      aggregate = !!text;
    }
    const desc = labelOf(el);
    const keep = !hidden && r.width > 0 && r.height > 0 && (
      field || interactive || text || desc || scrollable ||
      MEDIA_TAGS.has(tag) || role === "dialog" || role === "alertdialog" || tag === "DIALOG");
    let me = parent;
    if (keep) {
      me = out.length;
      const inView = r.right > 0 && r.bottom > 0 && r.left < vw && r.top < vh;
      const checkable = type === "checkbox" || type === "radio" || role === "checkbox" ||
                        role === "radio" || role === "switch";
      const attrs = { tag: tag.toLowerCase() };
      if (type) attrs.type = type;
      if (role) attrs.role = role;
      if (el.getAttribute("href")) attrs.href = el.getAttribute("href");
      if (el.getAttribute("name")) attrs.name = el.getAttribute("name");
      const klass = typeof el.className === "string" ? norm(el.className) :
        norm(el.getAttribute("class"));
      if (klass && (interactive || !text)) attrs["class"] = klass.slice(0, 120);
      if (el.getAttribute("placeholder")) attrs.placeholder = el.getAttribute("placeholder");
      if (field && el.getAttribute("autocomplete")) attrs.autocomplete = el.getAttribute("autocomplete");
      if (type === "password" && el.value) attrs.filled = "1";   // filled or not; never the value
      if (tag === "LABEL" && el.control) attrs.control = (el.control.getAttribute("type") || el.control.tagName).toLowerCase();
      if (tag === "SELECT") attrs.options = [...el.options].map(o => norm(o.text)).join("\n");
      if (el.required) attrs.required = "1";
      if (aggregate) attrs.aggregate = "1";
      const words = text && !aggregate && !field ? ownTextRect(el, r) : null;
      if (words) attrs.text_rect = words.map(v => v.toFixed(1)).join(",");
      const haspopup = (el.getAttribute("aria-haspopup") || "").toLowerCase();
      if (haspopup && haspopup !== "false") attrs.haspopup = haspopup;
      let expanded = el.getAttribute("aria-expanded");
      if (tag === "SUMMARY" && el.parentElement && el.parentElement.tagName === "DETAILS")
        expanded = el.parentElement.open ? "true" : "false";
      if (expanded) attrs.expanded = expanded;
      if (interactive && !field && expanded !== "true") {
        const [popup, nested] = popupOf(el);
        if (popup) attrs.popup = popup;
        if (nested) attrs.popup_nested = nested;
      }
      if (el.form && typeof el.form === "object") attrs.form = String([...document.forms].indexOf(el.form));
      const cover = interactive && inView ? coverOf(el, r) : null;
      const bar = cover && cover !== true ? barAt(cover) : "";
      if (bar) attrs.under_bar = bar;       // flows/into_view.py scrolls it out from under
      else if (cover) attrs.obscured = "1";
      if (scrollable) attrs.scroll = [el.scrollLeft, el.scrollTop, el.scrollWidth, el.scrollHeight,
                                      el.clientWidth, el.clientHeight].join(",");
      out.push({
        parent: parent,
        rect: [r.left, r.top, r.right, r.bottom],
        text: text, description: desc === text ? "" : desc, id: el.id || "",
        cls: role || tag.toLowerCase(),
        clickable: interactive && !field || (field && (type === "checkbox" || type === "radio" || tag === "SELECT" || type === "submit" || type === "button")),
        checkable: checkable,
        checked: checkable ? (el.checked !== undefined && field ? !!el.checked : el.getAttribute("aria-checked") === "true") : null,
        enabled: !(el.disabled || el.getAttribute("aria-disabled") === "true"),
        scrollable: scrollable,
        editable: (tag === "TEXTAREA" || (tag === "INPUT" && !["checkbox", "radio", "button", "submit", "reset", "file", "image", "range", "color", "hidden"].includes(type))) && !el.readOnly || el.isContentEditable && el.parentElement && !el.parentElement.isContentEditable,
        password: type === "password",
        selected: !!(el.selected || el.getAttribute("aria-selected") === "true" || el.getAttribute("aria-current") ||
                     (tag === "A" && location.hash.length > 1 && el.getAttribute("href") === location.hash)),
        focused: el === document.activeElement,
        visible: inView,
        style: { color: rgba(cs.color), background: backgroundOf(el), font_size: parseFloat(cs.fontSize),
                 font_weight: parseInt(cs.fontWeight, 10) || 400, opacity: Math.round(op * 1000) / 1000 },
        attrs: attrs,
      });
    }
    for (const child of el.children) walk(child, me, op);
    if (el.shadowRoot) for (const child of el.shadowRoot.children) walk(child, me, op);
  }

  const root = document.body || document.documentElement;
  walk(root, null, 1);
  const se = document.scrollingElement || document.documentElement;
  return {
    url: location.href, title: document.title, dpr: window.devicePixelRatio, viewport: [vw, vh],
    scroll: [se.scrollLeft, se.scrollTop, se.scrollWidth, se.scrollHeight],
    truncated: out.length >= maxElements, elements: out,
  };
})(arguments[0] || 3000);
