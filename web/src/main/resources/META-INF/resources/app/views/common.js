// Pieces the screens share: pickers, refresh line, status pills, section loading.
import { ApiProblem, problemView } from '../api.js';
import { releaseCharts } from '../charts.js';
import { h, show } from '../dom.js';
import { label, t } from '../i18n.js';
import { time } from '../format.js';

/** A labelled select; options are [value, text]. */
export function picker(id, text, options, value, onchange) {
  const select = h('select', { id, 'data-testid': id, onchange: (e) => onchange(e.target.value) },
    options.map(([v, name]) => h('option', { value: v, selected: v === value }, name)));
  return h('label', { class: 'field', for: id }, h('span', {}, text), select);
}

/** Period keys around today: this year, its quarters and months so far, and last year. */
export function periodOptions(today = new Date()) {
  const year = today.getFullYear();
  const month = today.getMonth() + 1;
  const options = [['', t('common.current')], [String(year), String(year)]];
  for (let q = 1; q <= 4; q++) options.push([`${year}-Q${q}`, `${year}-Q${q}`]);
  for (let m = 1; m <= month; m++) {
    const key = `${year}-${String(m).padStart(2, '0')}`;
    options.push([key, key]);
  }
  options.push([String(year - 1), String(year - 1)]);
  return options;
}

export function statusPill(status, group = 'status') {
  if (!status) return null;
  return h('span', { class: `pill pill-${status.toLowerCase()}`, 'data-field': 'status', 'data-value': status }, label(group, status));
}

export function updatedLine() {
  return h('span', { class: 'muted small', 'data-testid': 'updated', 'aria-live': 'off' });
}

export function markUpdated(el) {
  el.textContent = t('common.updated', { time: time() });
}

/** A figure: its label and its value, the value findable by data-field. */
export function figure(name, text, field, value) {
  return h('div', { class: 'figure' }, h('span', { class: 'figure-label' }, name),
    h('span', { class: 'figure-value', 'data-field': field, 'data-value': value == null ? '' : String(value) }, text));
}

/**
 * Loads one section and replaces its body with what `build` makes, or with the problem. A 404 or 405
 * from an endpoint that this server does not have yet hides the section instead (`optional`).
 */
export async function fill(sectionEl, bodyEl, load, build, { optional = false } = {}) {
  const active = document.activeElement;
  const focusKey = active && bodyEl.contains(active) ? active.dataset.focusKey : null;
  try {
    const data = await load();
    releaseCharts(bodyEl);
    show(bodyEl, build(data));
    sectionEl.hidden = false;
  } catch (e) {
    if (optional && e instanceof ApiProblem && (e.status === 404 || e.status === 405)) {
      sectionEl.hidden = true;
      return;
    }
    releaseCharts(bodyEl);
    show(bodyEl, problemView(e));
    sectionEl.hidden = false;
  }
  if (focusKey) bodyEl.querySelector(`[data-focus-key="${focusKey}"]`)?.focus();
}

/** A card with a heading and a body that `fill` replaces. */
export function card(title, { id } = {}) {
  const body = h('div', { class: 'card-body' }, h('p', { class: 'muted' }, t('common.loading')));
  const headingId = `h-${id || Math.random().toString(36).slice(2, 9)}`;
  const el = h('section', { class: 'card', id, 'aria-labelledby': headingId }, h('h2', { id: headingId }, title), body);
  return { el, body };
}
