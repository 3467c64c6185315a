// A tiny element builder: text is always set as text, never parsed as HTML, so nothing an API returns
// can inject markup.

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value == null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (name === 'class') {
      el.className = value;
    } else if (name === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child == null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces what el shows. */
export function show(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

export function section(title, ...children) {
  const id = `s-${Math.random().toString(36).slice(2, 9)}`;
  return h('section', { class: 'card', 'aria-labelledby': id }, h('h2', { id }, title), ...children);
}

/** A table: columns [{label, numeric}], rows of cells (text or nodes), each row may carry attributes. */
export function table(columns, rows, attrs = {}) {
  return h('div', { class: 'table-wrap' },
    h('table', attrs,
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.numeric ? 'num' : null }, c.label)))),
      h('tbody', {}, rows.map((row) => h('tr', row.attrs || {},
        row.cells.map((cell, i) => h(i === 0 ? 'th' : 'td', {
          scope: i === 0 ? 'row' : null, class: columns[i] && columns[i].numeric ? 'num' : null,
        }, cell)))))));
}

/** Announces a short message to screen readers and shows it briefly. */
export function announce(message) {
  const status = document.getElementById('status');
  status.textContent = message;
  const toast = h('div', { class: 'toast' }, message);
  document.body.append(toast);
  setTimeout(() => toast.remove(), 4000);
}
