// Plan (managers, admins): the action-plan calculator on a revenue goal (goals-service runs the funnel
// backwards; this screen only asks and shows) with "apply", and the decomposition of a goal over periods
// or owners with the exact split goals-service made.
import { api, apiAll, problemView, query } from '../api.js';
import { announce, h, show, table } from '../dom.js';
import { metricValue, money, number } from '../format.js';
import { label, t } from '../i18n.js';
import { card } from './common.js';

const TYPES = ['VISIT', 'DEMO', 'CALL', 'MEETING', 'EMAIL'];

export function mount(el, { me, directory, notice }) {
  const action = card(t('plan.actionPlan'), { id: 'action-plan' });
  const split = card(t('plan.decompose'), { id: 'decompose' });
  show(el, h('h1', {}, t('plan.title')), notice ? h('p', { class: 'notice', role: 'alert' }, notice) : null,
    h('div', { class: 'grid wide' }, action.el, split.el));
  (async () => {
    let goals;
    let dir;
    try {
      [goals, dir] = await Promise.all([apiAll('/api/v1/goals?limit=500'), directory()]);
    } catch (e) {
      show(action.body, problemView(e));
      show(split.body);
      return;
    }
    const admin = me.roles.includes('admin');
    const mine = goals.filter((g) => g.metric && (admin || (g.ownerType === 'TEAM' && me.scope.teamIds.includes(g.ownerId))
      || (g.ownerType === 'REP' && me.scope.repIds.includes(g.ownerId))));
    const owner = (g) => (g.ownerType === 'COMPANY' ? t('review.company')
      : g.ownerType === 'TEAM' ? dir.teamName(g.ownerId) : dir.repName(g.ownerId));
    const goalName = (g) => `${g.title} · ${owner(g)} · ${g.period}`;
    actionPlan(action.body, mine.filter((g) => g.metric === 'REVENUE_WON'), goalName, dir);
    decompose(split.body, mine, goalName, owner, dir);
  })();
  return { stop() {} };
}

function actionPlan(body, goals, goalName, dir) {
  if (!goals.length) {
    show(body, h('p', { class: 'muted' }, t('plan.noGoals')));
    return;
  }
  const result = h('div', { 'aria-live': 'polite', 'data-testid': 'action-plan-result' });
  const form = h('form', { class: 'form', 'data-testid': 'action-plan-form' },
    h('label', { class: 'field' }, h('span', {}, t('plan.goal')),
      h('select', { name: 'goal' }, goals.map((g) => h('option', { value: g.id }, goalName(g))))),
    h('label', { class: 'field' }, h('span', {}, t('plan.averageDealSize')),
      h('input', { name: 'averageDealSize', type: 'number', min: '0.01', step: '0.01', value: '100000', required: true })),
    h('label', { class: 'field' }, h('span', {}, t('plan.winRate')),
      h('input', { name: 'winRate', type: 'number', min: '0.01', max: '100', step: '0.01', value: '20', required: true })),
    h('fieldset', {}, h('legend', {}, t('plan.perOpportunity')),
      TYPES.map((type) => h('label', { class: 'field inline' }, h('span', {}, label('activity', type)),
        h('input', { name: `ratio-${type}`, type: 'number', min: '0', step: '0.1', value: { VISIT: '3', DEMO: '1', CALL: '10' }[type] || '' })))),
    h('div', { class: 'buttons' },
      h('button', { type: 'submit', class: 'primary', value: 'preview' }, t('plan.preview')),
      h('button', { type: 'submit', value: 'apply' }, t('plan.apply'))));
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const apply = e.submitter && e.submitter.value === 'apply';
    const data = new FormData(form);
    const activitiesPerOpportunity = {};
    TYPES.forEach((type) => { if (data.get(`ratio-${type}`) !== '') activitiesPerOpportunity[type] = Number(data.get(`ratio-${type}`)); });
    const request = {
      averageDealSize: Number(data.get('averageDealSize')),
      // the form asks for a percentage; the API takes the share (0–1)
      winRate: Number(data.get('winRate')) / 100,
      activitiesPerOpportunity,
      apply,
    };
    try {
      const plan = await api(`/api/v1/goals/${data.get('goal')}/action-plan`, { method: 'POST', body: request });
      show(result, planView(plan, dir));
      if (apply) announce(t('plan.applied', { count: (plan.appliedGoals || []).length }));
    } catch (err) {
      show(result, problemView(err));
    }
  });
  show(body, form, result);
}

function planView(plan, dir) {
  const types = Object.keys(plan.totals.activities || {});
  const ownerName = (o) => (o.ownerType === 'TEAM' ? dir.teamName(o.ownerId) : o.ownerType === 'REP' ? dir.repName(o.ownerId) : t('review.company'));
  const columns = [{ label: t('plan.owner') }, { label: t('plan.revenue'), numeric: true }, { label: t('plan.deals'), numeric: true },
    { label: t('plan.opportunities'), numeric: true },
    ...types.map((type) => ({ label: label('activity', type), numeric: true })),
    ...types.map((type) => ({ label: `${label('activity', type)} ${t('plan.perDay')}`, numeric: true })),
    ...types.map((type) => ({ label: `${label('activity', type)} ${t('plan.perWeek')}`, numeric: true }))];
  const rows = plan.owners.map((o) => ({
    attrs: { 'data-owner-id': o.ownerId || '' },
    cells: [ownerName(o), money(o.revenue, plan.currency), number(o.deals), number(o.opportunities),
      ...types.map((type) => number(o.activities[type])), ...types.map((type) => number(o.perWorkingDay[type])),
      ...types.map((type) => number(o.perWeek[type]))],
  }));
  rows.push({
    attrs: { class: 'total', 'data-owner-id': 'TOTAL' },
    cells: [t('common.total'), '', number(plan.totals.deals), number(plan.totals.opportunities),
      ...types.map((type) => number(plan.totals.activities[type])), ...types.map(() => ''), ...types.map(() => '')],
  });
  return h('div', {},
    h('p', { class: 'muted' }, t('plan.workingDays', { days: number(plan.workingDays), period: plan.period })),
    plan.appliedGoals ? h('p', { class: 'notice' }, t('plan.applied', { count: plan.appliedGoals.length })) : null,
    table(columns, rows, { 'data-testid': 'action-plan' }));
}

function decompose(body, goals, goalName, owner, dir) {
  if (!goals.length) {
    show(body, h('p', { class: 'muted' }, t('plan.noGoals')));
    return;
  }
  const current = h('div', { 'data-testid': 'current-split' });
  const result = h('div', { 'aria-live': 'polite' });
  const ownerWeights = h('div', {});
  const goalSelect = h('select', { name: 'goal' }, goals.map((g) => h('option', { value: g.id }, goalName(g))));
  const bySelect = h('select', { name: 'by' }, h('option', { value: 'PERIOD' }, t('plan.byPeriod')), h('option', { value: 'OWNER' }, t('plan.byOwner')));
  const intoField = h('label', { class: 'field' }, h('span', {}, t('plan.into')),
    h('select', { name: 'into' }, ['QUARTER', 'MONTH', 'WEEK'].map((v) => h('option', { value: v }, label('into', v)))));
  const periodWeights = h('label', { class: 'field' }, h('span', {}, t('plan.weights')),
    h('input', { name: 'weights', inputmode: 'decimal', placeholder: '1, 1, 1.5, 2' }), h('small', { class: 'muted' }, t('plan.weightsHint')));
  const selected = () => goals.find((g) => g.id === goalSelect.value);
  const showChildren = async () => {
    const goal = selected();
    try {
      const tree = await api(`/api/v1/goals/${goal.id}/tree`);
      // a split's children measure what the goal measures; an applied action plan's KPI goals do not
      const split = (tree.children || []).filter((c) => c.metric === goal.metric && c.activityType === goal.activityType);
      show(current, splitView(tree, split, owner, t('plan.children')));
    } catch (e) {
      show(current, problemView(e));
    }
  };
  const ownerInputs = () => {
    const goal = selected();
    const byOwner = bySelect.value === 'OWNER';
    intoField.hidden = byOwner;
    periodWeights.hidden = byOwner;
    ownerWeights.hidden = !byOwner;
    if (!byOwner) return;
    // who a split by owner goes to: a company goal's top-level teams, a team goal's active reps and sub-teams
    const owners = goal.ownerType === 'COMPANY'
      ? dir.teams.filter((x) => !x.parentTeamId).map((x) => [x.id, x.name])
      : goal.ownerType === 'TEAM'
        ? [...dir.reps.filter((r) => r.teamId === goal.ownerId && r.active).map((r) => [r.id, r.name]),
          ...dir.teams.filter((x) => x.parentTeamId === goal.ownerId).map((x) => [x.id, x.name])]
        : [];
    show(ownerWeights, h('fieldset', {}, h('legend', {}, t('plan.weights')), h('small', { class: 'muted' }, t('plan.ownerWeightsHint')),
      owners.map(([id, name]) => h('label', { class: 'field inline' }, h('span', {}, name),
        h('input', { name: `w-${id}`, 'data-owner-id': id, type: 'number', min: '0', step: '0.1' })))));
  };
  goalSelect.addEventListener('change', () => { ownerInputs(); showChildren(); show(result); });
  bySelect.addEventListener('change', ownerInputs);
  const form = h('form', { class: 'form', 'data-testid': 'decompose-form' },
    h('label', { class: 'field' }, h('span', {}, t('plan.decomposeGoal')), goalSelect),
    h('label', { class: 'field' }, h('span', {}, t('plan.by')), bySelect),
    intoField, periodWeights, ownerWeights,
    h('label', { class: 'field inline' }, h('input', { type: 'checkbox', name: 'replace' }), h('span', {}, t('plan.replace'))),
    h('button', { type: 'submit', class: 'primary' }, t('plan.decomposeButton')),
    result);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const goal = selected();
    const request = { by: bySelect.value };
    if (form.replace.checked) request.replace = true;
    if (request.by === 'PERIOD') {
      request.into = form.into.value;
      const weights = form.weights.value.split(',').map((w) => w.trim()).filter(Boolean);
      if (weights.length) request.weights = weights.map(Number);
    } else {
      const weights = {};
      ownerWeights.querySelectorAll('input[data-owner-id]').forEach((input) => {
        if (input.value !== '') weights[input.dataset.ownerId] = Number(input.value);
      });
      if (Object.keys(weights).length) request.weights = weights;
    }
    try {
      const made = await api(`/api/v1/goals/${goal.id}/decompose`, { method: 'POST', body: request });
      show(result, splitView(goal, made.children, owner, t('plan.split', { target: metricValue(goal.metric, goal.targetValue, goal.currency) })));
      showChildren();
    } catch (err) {
      show(result, problemView(err));
    }
  });
  show(body, form, current);
  ownerInputs();
  showChildren();
}

/** The children as goals-service made them: each child's owner or period and its exact target. */
function splitView(parent, children, owner, title) {
  if (!children.length) return h('p', { class: 'muted' }, t('plan.noChildren'));
  return h('div', {}, h('h3', {}, title),
    table([{ label: t('plan.owner') }, { label: t('common.period') }, { label: t('team.target'), numeric: true }],
      children.map((c) => ({
        attrs: { 'data-goal-id': c.id },
        cells: [owner(c), c.period, h('span', { 'data-field': 'target' }, metricValue(c.metric, c.targetValue, c.currency || parent.currency))],
      })).concat([{ attrs: { class: 'total' }, cells: [label('metric', parent.metric), parent.period, metricValue(parent.metric, parent.targetValue, parent.currency)] }]),
      { 'data-testid': 'split' }));
}
