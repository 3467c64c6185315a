// Team (managers): target against actual with the pace marker, attainment per rep and the leaderboard,
// the weighted funnel, the cohort conversion with its biggest leak, the feasibility verdict, and the
// forecast and segments where the server has them. Every figure is a service's answer, only formatted.
import { api, problemView, query } from '../api.js';
import { bars, goalBars } from '../charts.js';
import { h, show, table } from '../dom.js';
import { date, metricValue, money, number, percent } from '../format.js';
import { label, t } from '../i18n.js';
import { following } from '../live.js';
import { card, figure, fill, markUpdated, periodOptions, picker, statusPill, updatedLine } from './common.js';

const TEAM_KEY = 'salesplan.team';

export function mount(el, { me, directory, notice }) {
  const toolbar = h('div', { class: 'toolbar' });
  const grid = h('div', { class: 'grid' });
  show(el, h('h1', {}, t('team.title')), notice ? h('p', { class: 'notice', role: 'alert' }, notice) : null, toolbar, grid);
  let live = null;
  let stopped = false;

  (async () => {
    let dir;
    try {
      dir = await directory();
    } catch (e) {
      show(grid, problemView(e));
      return;
    }
    if (stopped) return;
    const admin = me.roles.includes('admin');
    const inScope = dir.teams.filter((team) => admin || me.scope.teamIds.includes(team.id));
    // the teams someone manages themselves first, then their sub-teams
    inScope.sort((a, b) => Number(b.managerId === me.repId) - Number(a.managerId === me.repId) || a.name.localeCompare(b.name));
    if (!inScope.length) {
      show(grid, h('p', {}, t('team.noTeams')));
      return;
    }
    const saved = sessionStorage.getItem(TEAM_KEY);
    const selection = { teamId: inScope.some((x) => x.id === saved) ? saved : inScope[0].id, period: '' };
    const updated = updatedLine();
    const refreshButton = h('button', { type: 'button', onclick: () => live.now() }, t('common.refresh'));
    show(toolbar,
      picker('team-picker', t('common.team'), inScope.map((x) => [x.id, x.name]), selection.teamId, (v) => {
        selection.teamId = v;
        sessionStorage.setItem(TEAM_KEY, v);
        live.now();
      }),
      picker('period-picker', t('common.period'), periodOptions(), selection.period, (v) => {
        selection.period = v;
        live.now();
      }),
      refreshButton, updated);

    const goals = card(t('team.goals'), { id: 'goals' });
    const reps = card(t('team.reps'), { id: 'reps' });
    const funnel = card(t('team.funnel'), { id: 'funnel' });
    const conversion = card(t('team.conversion'), { id: 'conversion' });
    const feasibility = card(t('team.feasibility'), { id: 'feasibility' });
    const forecast = card(t('team.forecast'), { id: 'forecast' });
    const segments = card(t('team.segments'), { id: 'segments' });
    forecast.el.hidden = true;
    segments.el.hidden = true;
    show(grid, goals.el, feasibility.el, reps.el, funnel.el, conversion.el, forecast.el, segments.el);

    const refresh = async () => {
      const { teamId, period } = selection;
      const owner = { ownerType: 'TEAM', ownerId: teamId };
      let variance = null;
      await fill(goals.el, goals.body, async () => {
        variance = await api(`/api/v1/reviews/variance${query({ ...owner, period })}`);
        return variance;
      }, (v) => goalCards(v.items));
      const items = variance ? variance.items.filter((g) => g.metric) : [];
      const primary = items.find((g) => g.metric === 'REVENUE_WON') || items[0] || null;
      const window = primary ? { from: primary.periodStart, to: primary.periodEnd } : {};
      await Promise.all([
        primary
          ? fill(reps.el, reps.body, () => repBoard(teamId, primary), ({ board, metric }) => leaderboard(board, metric, primary, dir))
          : show(reps.body, h('p', { class: 'muted' }, t('team.noGoals'))),
        fill(funnel.el, funnel.body, async () => {
          const pipelines = await api('/api/v1/pipelines');
          const pipeline = pipelines.items.find((p) => p.isDefault) || pipelines.items[0];
          return api(`/api/v1/pipelines/${pipeline.id}/funnel${query({ teamId })}`);
        }, funnelView),
        fill(conversion.el, conversion.body, () => api(`/api/v1/reviews/conversion${query({ ...owner, ...window })}`), conversionView),
        primary && ['REVENUE_WON', 'DEALS_WON'].includes(primary.metric)
          ? fill(feasibility.el, feasibility.body, () => api(`/api/v1/reviews/goals/${primary.goalId}/feasibility`), feasibilityView)
          : show(feasibility.body, h('p', { class: 'muted' }, t('team.noGoals'))),
        fill(forecast.el, forecast.body, () => api(`/api/v1/reviews/forecast${query({ ...owner, period: period || (primary && primary.period) })}`),
          forecastView, { optional: true }),
        fill(segments.el, segments.body, () => api(`/api/v1/reviews/segments${query({ dimension: 'industry', ...owner, ...window })}`),
          segmentsView, { optional: true }),
      ]);
      markUpdated(updated);
    };
    // the team's variance rows, live: any change to them refreshes the whole screen
    const stream = () => `/api/v1/reviews/stream${query({ ownerType: 'TEAM', ownerId: selection.teamId, period: selection.period })}`;
    if (!stopped) live = following(refresh, stream);
  })();

  return {
    stop() {
      stopped = true;
      if (live) live.stop();
    },
  };
}

function goalCards(items) {
  const goals = items.filter((g) => g.metric);
  if (!goals.length) return h('p', { class: 'muted' }, t('team.noGoals'));
  return h('div', { class: 'goals' }, goals.map((g) => {
    const value = (v) => metricValue(g.metric, v, g.currency);
    const name = `${g.title} · ${label('metric', g.metric)}${g.activityType ? ` (${label('activity', g.activityType)})` : ''}`;
    return h('article', { class: 'goal', 'data-goal-id': g.goalId, 'data-metric': g.metric },
      h('header', {}, h('h3', {}, g.title), statusPill(g.status)),
      h('p', { class: 'muted small' }, `${label('metric', g.metric)} · ${g.period}`),
      h('div', { class: 'figures' },
        figure(t('team.target'), value(g.target), 'target', g.target),
        figure(t('team.actual'), value(g.actual), 'actual', g.actual),
        g.expectedToDate != null ? figure(t('team.expected'), value(g.expectedToDate), 'expected', g.expectedToDate) : null,
        figure(t('team.attainment'), percent(g.attainment), 'attainment', g.attainment),
        g.projected != null ? figure(t('team.projected'), value(g.projected), 'projected', g.projected) : null),
      goalBars(name, { target: g.target, expected: g.expectedToDate, actual: g.actual, status: g.status },
        [t('team.target'), t('team.expected'), t('team.actual')]));
  }));
}

/**
 * The leaderboard of the team goal's metric; when the reps carry no goal of it (a revenue target the
 * manager ran through an action plan instead of splitting), that of the KPIs the plan gave them.
 */
async function repBoard(teamId, goal) {
  const metrics = [...new Set([goal.metric, 'DEALS_WON', 'OPPORTUNITIES_CREATED'])];
  let board = null;
  for (const metric of metrics) {
    board = await api(`/api/v1/reviews/leaderboard${query({ teamId, period: goal.period, metric })}`);
    if (board.items.length) return { board, metric };
  }
  return { board, metric: goal.metric };
}

function leaderboard(board, metric, goal, dir) {
  if (!board.items.length) return h('p', { class: 'muted' }, t('team.noReps'));
  const value = (v) => metricValue(metric, v, goal.currency);
  const names = board.items.map((row) => dir.repName(row.repId));
  return h('div', {},
    h('p', { class: 'muted small' }, t('team.repsFor', { metric: label('metric', metric), period: goal.period })),
    bars(t('team.reps'), names, board.items.map((row) => (row.attainment == null ? 0 : row.attainment * 100)), { percent: true }),
    h('h3', {}, t('team.leaderboard')),
    table([{ label: t('team.rank'), numeric: true }, { label: t('common.rep') }, { label: t('team.target'), numeric: true },
      { label: t('team.actual'), numeric: true }, { label: t('team.attainment'), numeric: true }],
    board.items.map((row, i) => ({
      attrs: { 'data-rep-id': row.repId },
      cells: [String(row.rank), names[i], value(row.target), h('span', { 'data-field': 'actual' }, value(row.actual)),
        h('span', { 'data-field': 'attainment' }, percent(row.attainment))],
    })), { 'data-testid': 'leaderboard' }));
}

function funnelView(funnel) {
  const stages = funnel.stages;
  return h('div', {},
    bars(t('team.funnel'), stages.map((s) => label('stage', s.stage)), stages.map((s) => s.weightedAmount)),
    table([{ label: t('team.stage') }, { label: t('team.count'), numeric: true }, { label: t('team.amount'), numeric: true },
      { label: t('team.weighted'), numeric: true }],
    [...stages.map((s) => ({
      attrs: { 'data-stage': s.stage },
      cells: [label('stage', s.stage), h('span', { 'data-field': 'count' }, number(s.count)),
        h('span', { 'data-field': 'amount' }, money(s.amount, funnel.currency)),
        h('span', { 'data-field': 'weighted' }, money(s.weightedAmount, funnel.currency))],
    })), {
      attrs: { 'data-stage': 'TOTAL', class: 'total' },
      cells: [t('common.total'), h('span', { 'data-field': 'count' }, number(funnel.totals.count)),
        h('span', { 'data-field': 'amount' }, money(funnel.totals.amount, funnel.currency)),
        h('span', { 'data-field': 'weighted' }, money(funnel.totals.weightedAmount, funnel.currency))],
    }], { 'data-testid': 'funnel' }));
}

function conversionView(c) {
  const leakIndex = c.stages.findIndex((s) => s.stage === c.biggestLeak);
  return h('div', {},
    h('p', { class: 'muted small' }, t('team.cohortWindow', { from: date(c.from), to: date(c.to) })),
    h('div', { class: 'figures' },
      figure(t('team.winRate'), percent(c.winRate), 'winRate', c.winRate),
      c.biggestLeak ? h('p', { class: 'leak-note', 'data-field': 'biggestLeak', 'data-value': c.biggestLeak },
        t('team.biggestLeak', { stage: label('stage', c.biggestLeak) })) : null),
    bars(t('team.conversion'), c.stages.map((s) => label('stage', s.stage)), c.stages.map((s) => s.reached),
      { highlight: (i) => i === leakIndex }),
    table([{ label: t('team.stage') }, { label: t('team.reached'), numeric: true }, { label: t('team.conversionToNext'), numeric: true },
      { label: t('team.dropOff'), numeric: true }, { label: t('team.meanDays'), numeric: true }],
    c.stages.map((s) => ({
      attrs: { 'data-stage': s.stage, class: s.stage === c.biggestLeak ? 'leak' : null },
      cells: [label('stage', s.stage), h('span', { 'data-field': 'reached' }, number(s.reached)), percent(s.conversionToNext),
        number(s.dropOff), number(s.meanDaysInStage, 1)],
    })), { 'data-testid': 'conversion' }));
}

function feasibilityView(f) {
  return h('div', {},
    h('p', {}, statusPill(f.verdict, 'verdict'), ' ',
      f.coverage != null ? h('span', { class: 'muted' }, t('team.coverage', { coverage: number(f.coverage), required: number(f.requiredCoverage) })) : null),
    h('ul', { class: 'reasons' }, f.reasons.map((r) => h('li', {}, r))));
}

function forecastView(f) {
  const fields = ['target', 'won', 'commit', 'bestCase', 'pipeline', 'weightedPipeline', 'gap'];
  return h('div', { class: 'figures' }, fields.map((k) => figure(t(`forecast.${k}`), money(f[k], f.currency), k, f[k])));
}

function segmentsView(s) {
  return table([{ label: t('segment.segment') }, { label: t('segment.created'), numeric: true }, { label: t('segment.won'), numeric: true },
    { label: t('segment.lost'), numeric: true }, { label: t('segment.winRate'), numeric: true }, { label: t('segment.revenueWon'), numeric: true }],
  s.items.map((row) => ({
    attrs: { class: row.segment === s.best ? 'best' : row.segment === s.worst ? 'worst' : null },
    cells: [row.segment ?? t('segment.unknown'), number(row.created), number(row.won), number(row.lost), percent(row.winRate),
      money(row.revenueWon, s.currency)],
  })));
}
