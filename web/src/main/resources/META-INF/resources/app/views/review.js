// Review: the retrospectives of the caller's scope, each with its frozen snapshot and draft findings; a
// manager adds actions (optionally proposing a new target), closes the retrospective, and accepts or
// rejects the plan adjustments it proposed.
import { api, apiAll, problemView, query } from '../api.js';
import { announce, h, show, table } from '../dom.js';
import { metricValue, number, percent } from '../format.js';
import { label, t } from '../i18n.js';
import { card, picker, statusPill } from './common.js';

export function mount(el, { me, directory, notice }) {
  const toolbar = h('div', { class: 'toolbar' });
  const list = card(t('review.list'), { id: 'retrospectives' });
  const detail = h('div', { class: 'grid wide' });
  show(el, h('h1', {}, t('review.title')), notice ? h('p', { class: 'notice', role: 'alert' }, notice) : null,
    toolbar, h('div', { class: 'grid wide' }, list.el), detail);
  const admin = me.roles.includes('admin');
  const manages = admin || me.roles.includes('manager');

  (async () => {
    let dir;
    try {
      dir = await directory();
    } catch (e) {
      show(list.body, problemView(e));
      return;
    }
    const scopes = [];
    if (admin) scopes.push(['COMPANY:', t('review.company')]);
    dir.teams.filter((x) => admin || me.scope.teamIds.includes(x.id)).forEach((x) => scopes.push([`TEAM:${x.id}`, `${t('common.team')}: ${x.name}`]));
    dir.reps.filter((r) => (admin ? false : me.scope.repIds.includes(r.id))).forEach((r) => scopes.push([`REP:${r.id}`, `${t('common.rep')}: ${r.name}`]));
    if (!scopes.length) {
      show(list.body, h('p', { class: 'muted' }, t('review.none')));
      return;
    }
    const selection = { scope: scopes[0][0] };
    const scopeParts = () => {
      const [scopeType, scopeId] = selection.scope.split(':');
      return { scopeType, scopeId: scopeId || null };
    };

    const openRetro = async (id) => {
      show(detail, h('p', { class: 'muted' }, t('common.loading')));
      try {
        const { data, response } = await api(`/api/v1/retrospectives/${id}`, { raw: true });
        show(detail, ...retroView(data, response.headers.get('ETag'), { manages, dir, reopen: () => openRetro(id), reload: loadList }));
      } catch (e) {
        show(detail, problemView(e));
      }
    };

    const loadList = async () => {
      const { scopeType, scopeId } = scopeParts();
      try {
        const items = await apiAll(`/api/v1/retrospectives${query({ scopeType, scopeId, limit: 100 })}`);
        show(list.body,
          items.length ? table([{ label: t('common.period') }, { label: t('review.cadence') }, { label: t('review.status') }, { label: '' }],
            items.map((r) => ({
              attrs: { 'data-retrospective-id': r.id },
              cells: [r.period, label('cadence', r.cadence), statusPill(r.status),
                h('button', { type: 'button', onclick: () => openRetro(r.id) }, t('review.open'))],
            })), { 'data-testid': 'retrospectives' }) : h('p', { class: 'muted' }, t('review.none')),
          manages ? newRetroForm(scopeParts, async (created) => { await loadList(); openRetro(created.id); }) : null);
      } catch (e) {
        show(list.body, problemView(e));
      }
    };

    show(toolbar, picker('scope-picker', t('review.scope'), scopes, selection.scope, (v) => {
      selection.scope = v;
      show(detail);
      loadList();
    }));
    loadList();
  })();
  return { stop() {} };
}

function newRetroForm(scopeParts, created) {
  const now = new Date();
  const quarter = `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'form inline-form', 'data-testid': 'new-retrospective' },
    h('h3', {}, t('review.new')),
    h('label', { class: 'field' }, h('span', {}, t('review.cadence')),
      h('select', { name: 'cadence' }, ['QUARTERLY', 'MONTHLY', 'WEEKLY'].map((c) => h('option', { value: c }, label('cadence', c))))),
    h('label', { class: 'field' }, h('span', {}, t('common.period')), h('input', { name: 'period', value: quarter, required: true })),
    h('button', { type: 'submit' }, t('review.create')), result);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const retro = await api('/api/v1/retrospectives', {
        method: 'POST', body: { cadence: form.cadence.value, ...scopeParts(), period: form.period.value.trim() },
      });
      created(retro);
    } catch (err) {
      show(result, problemView(err));
    }
  });
  return form;
}

function retroView(r, etag, { manages, dir, reopen }) {
  const snapshot = r.snapshot || {};
  const goals = snapshot.goals || [];
  const summary = card(`${label('cadence', r.cadence)} · ${r.period}`, { id: 'retrospective' });
  const snap = snapshot.conversion;
  show(summary.body,
    h('p', {}, statusPill(r.status), ' ', h('span', { class: 'muted' }, t('review.snapshot', { asOf: snapshot.asOf || '' }))),
    h('h3', {}, t('review.findings')),
    h('ul', { class: 'findings', 'data-testid': 'findings' }, (r.findings || []).map((f) => h('li', {}, f))),
    goals.length ? table([{ label: t('plan.decomposeGoal') }, { label: t('team.target'), numeric: true }, { label: t('team.actual'), numeric: true },
      { label: t('team.attainment'), numeric: true }, { label: t('review.status') }],
    goals.map((g) => ({
      attrs: { 'data-goal-id': g.goalId },
      cells: [`${g.title} · ${label('metric', g.metric)}`, metricValue(g.metric, g.target, g.currency), metricValue(g.metric, g.actual, g.currency),
        percent(g.attainment), statusPill(g.status)],
    }))) : null,
    snapshot.biggestLeak ? h('p', { class: 'leak-note' }, t('team.biggestLeak', { stage: label('stage', snapshot.biggestLeak) })) : null,
    snap && snap.winRate != null ? h('p', {}, `${t('team.winRate')}: ${percent(snap.winRate)}`) : null,
    snapshot.bestActivityType ? h('p', {}, t('review.bestActivity', {
      type: label('activity', snapshot.bestActivityType.type), rate: percent(snapshot.bestActivityType.winRate),
    })) : null,
    (snapshot.staleDeals || []).length ? h('p', {}, t('review.staleDeals', { count: snapshot.staleDeals.length, days: snapshot.staleDays })) : null,
    r.notes ? h('div', {}, h('h3', {}, t('review.notes')), h('p', {}, r.notes)) : null,
    (r.causes || []).length ? h('div', {}, h('h3', {}, t('review.causes')), h('ul', {}, r.causes.map((c) => h('li', {}, c)))) : null);

  const actions = card(t('review.actions'), { id: 'actions' });
  const goalById = new Map(goals.map((g) => [g.goalId, g]));
  show(actions.body,
    (r.actions || []).length ? h('ul', { class: 'actions' }, r.actions.map((a) => h('li', {},
      h('span', {}, a.description),
      a.ownerId ? h('span', { class: 'muted small' }, ` · ${dir.repName(a.ownerId)}`) : null,
      a.dueDate ? h('span', { class: 'muted small' }, ` · ${a.dueDate}`) : null,
      a.adjustment ? h('div', { class: 'muted small' }, `→ ${goalById.get(a.adjustment.goalId) ? goalById.get(a.adjustment.goalId).title : a.adjustment.goalId}: `
        + `${number(a.adjustment.newTargetValue)}${a.adjustment.reason ? ` (${a.adjustment.reason})` : ''}`) : null)))
      : h('p', { class: 'muted' }, t('review.noActions')),
    manages && r.status === 'OPEN' ? actionForm(r, etag, goals, reopen) : null,
    manages && r.status === 'OPEN' ? h('button', {
      type: 'button', class: 'primary', 'data-testid': 'close-retrospective',
      onclick: async (e) => {
        e.currentTarget.disabled = true;
        try {
          await api(`/api/v1/retrospectives/${r.id}/close`, { method: 'POST' });
          announce(t('review.closed'));
          reopen();
        } catch (err) {
          actions.body.append(problemView(err));
        }
      },
    }, t('review.close')) : null);

  const adjustments = card(t('review.adjustments'), { id: 'adjustments' });
  loadAdjustments(adjustments.body, r, goalById, manages);
  return [summary.el, actions.el, adjustments.el];
}

function actionForm(r, etag, goals, reopen) {
  const result = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'form', 'data-testid': 'add-action' },
    h('h3', {}, t('review.addAction')),
    h('label', { class: 'field' }, h('span', {}, t('review.description')), h('input', { name: 'description', required: true, maxlength: 2000 })),
    h('label', { class: 'field' }, h('span', {}, t('review.adjustGoal')),
      h('select', { name: 'goalId' }, h('option', { value: '' }, '—'),
        goals.filter((g) => g.metric).map((g) => h('option', { value: g.goalId }, `${g.title} · ${label('metric', g.metric)}`)))),
    h('label', { class: 'field' }, h('span', {}, t('review.newTarget')), h('input', { name: 'newTargetValue', type: 'number', min: '0', step: '0.01' })),
    h('label', { class: 'field' }, h('span', {}, t('review.reason')), h('input', { name: 'reason', maxlength: 2000 })),
    h('button', { type: 'submit' }, t('common.save')), result);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const action = { description: form.description.value.trim() };
    if (form.goalId.value) {
      action.adjustment = { goalId: form.goalId.value, newTargetValue: Number(form.newTargetValue.value), reason: form.reason.value || null };
    }
    try {
      await api(`/api/v1/retrospectives/${r.id}`, {
        method: 'PATCH', body: { actions: [...(r.actions || []), action] }, headers: etag ? { 'If-Match': etag } : {},
      });
      reopen();
    } catch (err) {
      show(result, problemView(err));
    }
  });
  return form;
}

/** The proposals this retrospective sent to goals-service, with accept and reject while they are pending. */
async function loadAdjustments(body, r, goalById, manages) {
  const goalIds = [...new Set((r.actions || []).filter((a) => a.adjustment).map((a) => a.adjustment.goalId))];
  if (!goalIds.length) {
    show(body, h('p', { class: 'muted' }, t('review.noAdjustments')));
    return;
  }
  try {
    const lists = await Promise.all(goalIds.map((id) => api(`/api/v1/goals/${id}/adjustments`)));
    const proposals = lists.flatMap((l) => l.items).filter((a) => a.retrospectiveId === r.id);
    if (!proposals.length) {
      show(body, h('p', { class: 'muted' }, t('review.noAdjustments')));
      return;
    }
    const decide = async (a, verb, button) => {
      button.disabled = true;
      try {
        await api(`/api/v1/goals/${a.goalId}/adjustments/${a.id}/${verb}`, { method: 'POST' });
        loadAdjustments(body, r, goalById, manages);
      } catch (err) {
        button.disabled = false;
        body.append(problemView(err));
      }
    };
    show(body, table([{ label: t('plan.decomposeGoal') }, { label: t('review.newTarget'), numeric: true }, { label: t('review.reason') },
      { label: t('review.status') }, { label: '' }],
    proposals.map((a) => {
      const goal = goalById.get(a.goalId);
      return {
        attrs: { 'data-adjustment-id': a.id },
        cells: [goal ? goal.title : a.goalId, goal ? metricValue(goal.metric, a.newTargetValue, goal.currency) : number(a.newTargetValue),
          a.reason || '', statusPill(a.status),
          manages && a.status === 'PENDING' ? h('span', { class: 'buttons' },
            h('button', { type: 'button', onclick: (e) => decide(a, 'accept', e.currentTarget) }, t('review.accept')),
            h('button', { type: 'button', onclick: (e) => decide(a, 'reject', e.currentTarget) }, t('review.reject'))) : ''],
      };
    }), { 'data-testid': 'adjustments' }));
  } catch (e) {
    show(body, problemView(e));
  }
}
