/**
 * A tiny element builder: h('p', {class: 'x', dataset: {testid: 'y'}}, 'text', child).
 * Text always goes in as text nodes, never as HTML, so data from the API cannot inject markup.
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'class') element.className = value;
    else if (name === 'dataset') Object.assign(element.dataset, value);
    else if (name === 'testid') element.dataset.testid = value;
    else if (/^on[a-z]/.test(name)) {
      // A handler written as an attribute would be a string of code: only functions are listened to.
      if (typeof value !== 'function') throw new TypeError(`h(): ${name} must be a function, not ${typeof value}`);
      element.addEventListener(name.slice(2), value);
    }
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces everything inside an element. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}
