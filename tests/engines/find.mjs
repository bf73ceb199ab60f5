// Runs inside the page, in any engine: finds elements as a person names them, by role and
// accessible name or by label, for the WebDriver walks (tests/engines/). Playwright does this
// for the Chromium tests; plain WebDriver has only CSS selectors, so this is our own, reduced to
// the markup this app uses: implicit roles of HTML elements, explicit roles, and names from
// aria-labelledby, aria-label, <label>, <legend>, <caption>, alt and the element's own text.
//
// It must stay one self-contained function: WebDriver sends its source to the page.

/// The elements that `steps` find under `roots` (the document if none), in document order.
/// A step is one of: { css }, { role, name, exact, level }, { label, exact }, { text, exact }
/// (the innermost elements whose text it is), { visible } (those on screen),
/// { filter: { hasText, has } } (has: steps, run from each element), { nth }.
/// A wanted name or text is a string (matched ignoring case and extra spaces, whole when
/// `exact`) or { regex, flags }.
export function findAll(steps, roots) {
  const squeeze = (text) => (text ?? "").replace(/\s+/g, " ").trim();

  const isHidden = (element) => {
    if (element.closest('[aria-hidden="true"]')) return true;
    // A box-less wrapper (#boot, say) is as visible as what it holds.
    if (getComputedStyle(element).display === "contents") return false;
    if (typeof element.checkVisibility === "function") {
      return !element.checkVisibility({ visibilityProperty: true });
    }
    const style = getComputedStyle(element);
    return style.visibility === "hidden" || element.getClientRects().length === 0;
  };

  const HEADING = /^h([1-6])$/;
  const TEXT_INPUTS = ["", "text", "email", "tel", "url", "search", "password"];
  const implicitRole = (element) => {
    const tag = element.localName;
    if (HEADING.test(tag)) return "heading";
    switch (tag) {
      case "a":
      case "area":
        return element.hasAttribute("href") ? "link" : null;
      case "button":
        return "button";
      case "input": {
        const type = (element.getAttribute("type") ?? "").toLowerCase();
        if (["button", "submit", "reset", "image"].includes(type)) return "button";
        if (type === "checkbox" || type === "radio") return type;
        if (type === "number") return "spinbutton";
        if (type === "range") return "slider";
        if (TEXT_INPUTS.includes(type)) return element.hasAttribute("list") ? "combobox" : "textbox";
        return null;
      }
      case "textarea":
        return "textbox";
      case "select":
        return element.multiple || element.size > 1 ? "listbox" : "combobox";
      case "option":
        return "option";
      case "ul":
      case "ol":
      case "menu":
        return "list";
      case "li":
        return "listitem";
      case "table":
        return "table";
      case "tr":
        return "row";
      case "td":
        return "cell";
      case "th":
        return element.getAttribute("scope") === "row" ? "rowheader" : "columnheader";
      case "main":
        return "main";
      case "nav":
        return "navigation";
      case "aside":
        return "complementary";
      case "header":
        return element.parentElement?.closest("article, aside, main, nav, section") ? null : "banner";
      case "footer":
        return element.parentElement?.closest("article, aside, main, nav, section") ? null : "contentinfo";
      case "section":
        return nameOf(element) ? "region" : null;
      case "form":
        return nameOf(element) ? "form" : null;
      case "fieldset":
      case "details":
        return "group";
      case "dialog":
        return "dialog";
      case "output":
        return "status";
      case "progress":
        return "progressbar";
      case "meter":
        return "meter";
      case "img":
        return element.getAttribute("alt") === "" ? "presentation" : "img";
      case "article":
        return "article";
      case "p":
        return "paragraph";
      case "hr":
        return "separator";
      default:
        return null;
    }
  };
  const roleOf = (element) => {
    const explicit = element.getAttribute("role")?.trim().split(/\s+/)[0];
    return explicit || implicitRole(element);
  };
  // An explicit heading role without a level is a level 2 heading.
  const levelOf = (element) => {
    const match = HEADING.exec(element.localName);
    return Number(element.getAttribute("aria-level") ?? (match ? match[1] : 2));
  };

  // Text a person hears for an element's content: hidden parts left out, a labelled child by
  // its label, an image by its alt, a form control by its value; block boxes apart.
  const textOf = (node, skip) => {
    if (node.nodeType === Node.TEXT_NODE) return node.data;
    if (node.nodeType !== Node.ELEMENT_NODE || node === skip) return "";
    if (isHidden(node)) return "";
    const label = node.getAttribute("aria-label");
    if (squeeze(label)) return ` ${label} `;
    if (node.localName === "img") return ` ${node.getAttribute("alt") ?? ""} `;
    if (node.localName === "select") return ` ${node.selectedOptions[0]?.label ?? ""} `;
    if (["input", "textarea"].includes(node.localName)) return ` ${node.value ?? ""} `;
    const inner = [...node.childNodes].map((child) => textOf(child, skip)).join("");
    return getComputedStyle(node).display.startsWith("inline") ? inner : ` ${inner} `;
  };
  // Text by reference counts even where the element referred to is hidden.
  const byIds = (ids) =>
    squeeze(
      ids
        .split(/\s+/)
        .map((id) => document.getElementById(id))
        .filter(Boolean)
        .map((element) => (isHidden(element) ? element.textContent : textOf(element)))
        .join(" "),
    );

  const NAMED_BY_CONTENT = [
    "button", "link", "heading", "cell", "columnheader", "rowheader", "checkbox", "radio",
    "option", "tab", "menuitem", "row", "switch", "tooltip",
  ];
  function nameOf(element) {
    const labelledBy = element.getAttribute("aria-labelledby");
    if (labelledBy && byIds(labelledBy)) return byIds(labelledBy);
    const label = squeeze(element.getAttribute("aria-label"));
    if (label) return label;
    if (element.labels?.length) {
      return squeeze([...element.labels].map((each) => textOf(each, element)).join(" "));
    }
    const tag = element.localName;
    if (tag === "input" && ["button", "submit", "reset"].includes(element.type)) return squeeze(element.value);
    if (tag === "img") return squeeze(element.getAttribute("alt"));
    const caption = { fieldset: "legend", table: "caption", figure: "figcaption" }[tag];
    if (caption) {
      const child = element.querySelector(`:scope > ${caption}`);
      if (child) return squeeze(textOf(child));
    }
    // (A section's or form's role depends on its name: neither is named by its content.)
    const explicit = element.getAttribute("role")?.trim().split(/\s+/)[0];
    const role = explicit || (["section", "form"].includes(tag) ? null : implicitRole(element));
    if (NAMED_BY_CONTENT.includes(role)) {
      const content = squeeze(textOf(element));
      if (content) return content;
    }
    return squeeze(element.getAttribute("title") || element.getAttribute("placeholder"));
  }

  // Every label a form control or named element is known by.
  const labelsOf = (element) => {
    const found = [];
    const labelledBy = element.getAttribute("aria-labelledby");
    if (labelledBy) found.push(byIds(labelledBy));
    if (element.getAttribute("aria-label")) found.push(squeeze(element.getAttribute("aria-label")));
    for (const label of element.labels ?? []) found.push(squeeze(textOf(label, element)));
    return found;
  };

  const matches = (actual, wanted, exact) => {
    if (wanted === undefined || wanted === null) return true;
    if (typeof wanted === "object") return new RegExp(wanted.regex, wanted.flags).test(actual);
    return exact
      ? squeeze(actual) === squeeze(wanted)
      : squeeze(actual).toLowerCase().includes(squeeze(wanted).toLowerCase());
  };

  const under = (from) => {
    const all = [];
    for (const root of from) all.push(...root.querySelectorAll("*"));
    return [...new Set(all)];
  };

  let found = roots ?? [document];
  for (const step of steps) {
    if (step.css !== undefined) {
      const all = [];
      for (const root of found) all.push(...root.querySelectorAll(step.css));
      found = [...new Set(all)];
    } else if (step.role !== undefined) {
      found = under(found).filter(
        (element) =>
          roleOf(element) === step.role &&
          !isHidden(element) &&
          (step.level === undefined || levelOf(element) === step.level) &&
          matches(nameOf(element), step.name, step.exact),
      );
    } else if (step.label !== undefined) {
      found = under(found).filter(
        (element) =>
          !isHidden(element) && labelsOf(element).some((label) => matches(label, step.label, step.exact)),
      );
    } else if (step.text !== undefined) {
      const holds = (element) => matches(element.textContent, step.text, step.exact);
      found = under(found).filter(
        (element) =>
          holds(element) && ![...element.children].some((child) => holds(child)) && !isHidden(element),
      );
    } else if (step.visible !== undefined) {
      found = found.filter((element) => !isHidden(element));
    } else if (step.filter !== undefined) {
      const { hasText, has } = step.filter;
      found = found.filter(
        (element) =>
          (hasText === undefined || matches(element.textContent, hasText, false)) &&
          (has === undefined || findAll(has, [element]).length > 0),
      );
    } else if (step.nth !== undefined) {
      const one = found.at(step.nth);
      found = one ? [one] : [];
    }
  }
  return found;
}
