// Numbers as people read them in the chosen language. Money is in the reporting currency the services
// echo (`currency`); values arrive as JSON numbers and are only formatted here, never recomputed.
import { locale } from './i18n.js';

export function money(value, currency) {
  if (value == null) return '–';
  if (!currency) return number(value, 2);
  return new Intl.NumberFormat(locale(), { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 2 })
    .format(value);
}

export function number(value, maximumFractionDigits = 2) {
  if (value == null) return '–';
  return new Intl.NumberFormat(locale(), { maximumFractionDigits }).format(value);
}

/** A ratio the services answer as 0–1 (attainment, win rate, conversion), shown as a percentage. */
export function percent(value) {
  if (value == null) return '–';
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

/** A goal's value in its metric's unit: money for revenue and deal size, a rate for win rate, else a count. */
export function metricValue(metric, value, currency) {
  if (metric === 'REVENUE_WON' || metric === 'AVERAGE_DEAL_SIZE') return money(value, currency);
  if (metric === 'WIN_RATE') return percent(value);
  return number(value);
}

export function date(iso) {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium' }).format(new Date(`${iso}T00:00:00`));
}

export function dateTime(iso) {
  if (!iso) return '–';
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function time(d = new Date()) {
  return new Intl.DateTimeFormat(locale(), { timeStyle: 'medium' }).format(d);
}
