// My day (reps): today's daily plan (what is left, what today needs, what is done), the agenda with a
// "done" button per task, and quick logging of a call or visit on one of the rep's open opportunities.
import { api, apiAll, problemView, query } from '../api.js';
import { grouped } from '../charts.js';
import { announce, h, show } from '../dom.js';
import { dateTime, number } from '../format.js';
import { label, t } from '../i18n.js';
import { polling } from '../live.js';
import { card, fill, markUpdated, updatedLine } from './common.js';

const LOGGABLE = ['CALL', 'VISIT', 'DEMO', 'EMAIL', 'MEETING'];

export function mount(el, { me, notice }) {
  if (!me.repId) {
    show(el, h('h1', {}, t('myDay.title')), h('p', { class: 'notice' }, t('myDay.notARep')));
    return { stop() {} };
  }
  const repId = me.repId;
  const updated = updatedLine();
  const plan = card(t('myDay.plan'), { id: 'daily-plan' });
  const agenda = card(t('myDay.agenda'), { id: 'agenda' });
  const log = card(t('myDay.log'), { id: 'log' });
  show(el, h('h1', {}, t('myDay.title')), notice ? h('p', { class: 'notice', role: 'alert' }, notice) : null,
    h('div', { class: 'toolbar' }, h('button', { type: 'button', onclick: () => live.now() }, t('common.refresh')), updated),
    h('div', { class: 'grid' }, plan.el, agenda.el, log.el));

  const complete = async (task, button) => {
    button.disabled = true;
    try {
      await api(`/api/v1/tasks/${task.id}/complete`, { method: 'POST' });
      announce(t('myDay.completed', { title: task.title }));
      live.settle();
    } catch (e) {
      button.disabled = false;
      button.closest('li').append(problemView(e));
    }
  };

  const refresh = async () => {
    await Promise.all([
      fill(plan.el, plan.body, () => api(`/api/v1/reviews/daily-plan${query({ repId })}`), dailyPlanView),
      fill(agenda.el, agenda.body, () => api(`/api/v1/reps/${repId}/agenda`), (a) => agendaView(a, complete)),
    ]);
    markUpdated(updated);
  };
  const live = polling(refresh);
  logForm(log.body, repId, () => live.settle());
  return { stop: () => live.stop() };
}

function itemName(item) {
  return item.metric === 'ACTIVITIES' ? (item.activityType ? label('activity', item.activityType) : label('metric', 'ACTIVITIES'))
    : label('metric', item.metric);
}

function dailyPlanView(plan) {
  if (!plan.items.length) return h('p', { class: 'muted' }, t('myDay.noPlan'));
  const names = plan.items.map(itemName);
  return h('div', {},
    h('ul', { class: 'plan-items' }, plan.items.map((item, i) => h('li', {
      class: 'plan-item', 'data-goal-id': item.goalId, 'data-metric': item.metric, 'data-activity-type': item.activityType || '',
    },
    h('h3', {}, names[i]),
    h('div', { class: 'figures' },
      h('div', { class: 'figure' }, h('span', { class: 'figure-label' }, t('myDay.requiredToday')),
        h('span', { class: 'figure-value', 'data-field': 'requiredToday' }, number(item.requiredToday))),
      h('div', { class: 'figure' }, h('span', { class: 'figure-label' }, t('myDay.doneToday')),
        h('span', { class: 'figure-value', 'data-field': 'doneToday' }, number(item.doneToday)))),
    h('progress', { max: Math.max(item.requiredToday, 1), value: Math.min(item.doneToday, Math.max(item.requiredToday, 1)), 'aria-label': names[i] }),
    h('p', { class: 'muted small', 'data-field': 'remaining', 'data-value': String(item.remaining) },
      t('myDay.remaining', { remaining: number(item.remaining), days: number(item.remainingWorkingDays) }))))),
    grouped(t('myDay.plan'), names, [
      { label: t('myDay.requiredToday'), values: plan.items.map((i) => i.requiredToday) },
      { label: t('myDay.doneToday'), values: plan.items.map((i) => i.doneToday) },
    ]));
}

function agendaView(agenda, complete) {
  const taskItem = (task, overdue) => h('li', { class: `task${overdue ? ' overdue' : ''}`, 'data-task-id': task.id },
    h('div', {}, h('span', { class: 'task-title' }, task.title),
      h('span', { class: 'muted small' }, ` · ${label('activity', task.type)} · ${dateTime(task.dueAt)}`)),
    h('button', {
      type: 'button', class: 'done', 'data-focus-key': `done-${task.id}`, 'aria-label': t('myDay.doneLabel', { title: task.title }),
      onclick: (e) => complete(task, e.currentTarget),
    }, t('myDay.done')));
  const counts = Object.entries(agenda.activityCounts || {}).filter(([, n]) => n > 0);
  const tasks = [...agenda.overdue.map((x) => [x, true]), ...agenda.dueToday.map((x) => [x, x.overdue])];
  return h('div', {},
    tasks.length ? null : h('p', { class: 'muted' }, t('myDay.noTasks')),
    agenda.overdue.length ? h('h3', {}, t('myDay.overdue')) : null,
    h('ul', { class: 'tasks', 'data-testid': 'overdue' }, agenda.overdue.map((x) => taskItem(x, true))),
    agenda.dueToday.length ? h('h3', {}, t('myDay.dueToday')) : null,
    h('ul', { class: 'tasks', 'data-testid': 'due-today' }, agenda.dueToday.map((x) => taskItem(x, x.overdue))),
    h('h3', {}, t('myDay.loggedToday')),
    counts.length
      ? h('ul', { class: 'counts' }, counts.map(([type, n]) => h('li', { 'data-type': type }, `${label('activity', type)}: ${number(n)}`)))
      : h('p', { class: 'muted' }, t('common.none')));
}

async function logForm(body, repId, logged) {
  let opportunities = [];
  try {
    opportunities = await apiAll(`/api/v1/opportunities${query({ ownerId: repId, status: 'OPEN', limit: 200 })}`);
  } catch (e) {
    body.prepend(problemView(e));
  }
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'form', 'data-testid': 'log-form' },
    h('label', { class: 'field' }, h('span', {}, t('myDay.type')),
      h('select', { name: 'type' }, LOGGABLE.map((type) => h('option', { value: type }, label('activity', type))))),
    h('label', { class: 'field' }, h('span', {}, t('myDay.opportunity')),
      h('select', { name: 'opportunityId' }, h('option', { value: '' }, t('myDay.noOpportunity')),
        opportunities.map((o) => h('option', { value: o.id }, o.name)))),
    h('label', { class: 'field' }, h('span', {}, t('myDay.outcome')), h('input', { name: 'outcome', maxlength: 500 })),
    h('button', { type: 'submit', class: 'primary' }, t('myDay.logButton')),
    result);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const data = new FormData(form);
    const activity = { type: data.get('type'), ownerId: repId };
    if (data.get('opportunityId')) activity.opportunityId = data.get('opportunityId');
    if (data.get('outcome')) activity.outcome = data.get('outcome');
    const button = form.querySelector('button[type=submit]');
    button.disabled = true;
    try {
      await api('/api/v1/activities', { method: 'POST', body: activity });
      show(result);
      form.outcome.value = '';
      announce(t('myDay.logged', { type: label('activity', activity.type) }));
      logged();
    } catch (err) {
      show(result, problemView(err));
    } finally {
      button.disabled = false;
    }
  });
  show(body, form);
}
