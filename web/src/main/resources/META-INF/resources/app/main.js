// The cockpit's entry: loads how to sign in, who the person is (GET /api/v1/me) and shows the screens
// their roles allow, one per hash route (#/team, #/my-day, #/plan, #/review).
import { api, apiAll, configureApi, problemView } from './api.js';
import { currentToken, finishOidc, forget, loadConfig, signOutUrl } from './auth.js';
import { releaseCharts } from './charts.js';
import { h, show } from './dom.js';
import { locale, onLocaleChange, setLocale, t, translateStatic } from './i18n.js';
import * as myDay from './views/my-day.js';
import * as plan from './views/plan.js';
import * as review from './views/review.js';
import * as signIn from './views/sign-in.js';
import * as team from './views/team.js';

const SCREENS = [
  { route: 'team', label: 'nav.team', view: team, roles: ['admin', 'manager'] },
  { route: 'my-day', label: 'nav.myDay', view: myDay, roles: ['rep'] },
  { route: 'plan', label: 'nav.plan', view: plan, roles: ['admin', 'manager'] },
  { route: 'review', label: 'nav.review', view: review, roles: ['admin', 'manager', 'rep'] },
];

const main = document.getElementById('main');
const state = { config: null, me: null, directory: null, mounted: null, notice: null };

function allowed(me) {
  return SCREENS.filter((s) => s.roles.some((r) => me.roles.includes(r)));
}

/** Teams and reps by id, read once per sign-in: names for the ids the reports carry. */
function directory() {
  if (!state.directory) {
    state.directory = Promise.all([apiAll('/api/v1/teams?limit=500'), apiAll('/api/v1/reps?limit=500')]).then(([teams, reps]) => {
      const teamById = new Map(teams.map((x) => [x.id, x]));
      const repById = new Map(reps.map((x) => [x.id, x]));
      return {
        teams,
        reps,
        team: (id) => teamById.get(id),
        rep: (id) => repById.get(id),
        teamName: (id) => (teamById.get(id) ? teamById.get(id).name : id),
        repName: (id) => (repById.get(id) ? repById.get(id).name : id),
      };
    }).catch((e) => { state.directory = null; throw e; });
  }
  return state.directory;
}

function signOut() {
  forget();
  state.me = null;
  state.directory = null;
  const url = state.config && state.config.signIn === 'oidc' ? signOutUrl(state.config.oidc) : null;
  if (url) {
    window.location.assign(url);
  } else {
    window.location.hash = '#/sign-in';
    render();
  }
}

function unauthorized() {
  forget();
  state.me = null;
  state.directory = null;
  state.notice = t('auth.expired');
  window.location.hash = '#/sign-in';
}

function header(me) {
  const nav = document.getElementById('nav');
  const who = document.getElementById('who');
  const out = document.getElementById('sign-out');
  if (!me) {
    show(nav);
    show(who);
    out.hidden = true;
    return;
  }
  const current = (window.location.hash.replace(/^#\/?/, '') || '').split('?')[0];
  show(nav, h('ul', {}, allowed(me).map((s) => h('li', {},
    h('a', { href: `#/${s.route}`, 'aria-current': s.route === current ? 'page' : null }, t(s.label))))));
  show(who, `${me.email || me.subject} · ${me.roles.map((r) => t(`role.${r}`)).join(', ')}`);
  out.hidden = false;
}

async function render() {
  if (state.mounted) state.mounted.stop();
  state.mounted = null;
  releaseCharts(main);
  translateStatic();
  const route = (window.location.hash.replace(/^#\/?/, '') || '').split('?')[0];
  if (!currentToken()) {
    header(null);
    const notice = state.notice;
    state.notice = null;
    state.mounted = signIn.mount(main, { config: state.config, notice, signedIn: () => { window.location.hash = '#/'; render(); } });
    return;
  }
  try {
    if (!state.me) state.me = await api('/api/v1/me');
  } catch (e) {
    show(main, problemView(e));
    return;
  }
  const me = state.me;
  const screens = allowed(me);
  const screen = screens.find((s) => s.route === route) || screens[0];
  if (!screen) {
    header(me);
    show(main, h('p', { class: 'problem' }, t('auth.noRep', { email: me.email || me.subject })));
    return;
  }
  if (screen.route !== route) {
    window.history.replaceState(null, '', `#/${screen.route}`);
  }
  header(me);
  if (!me.repId && !me.roles.includes('admin')) {
    state.notice = t('auth.noRep', { email: me.email || me.subject });
  }
  const notice = state.notice;
  state.notice = null;
  state.mounted = screen.view.mount(main, { me, directory, notice });
}

async function boot() {
  const lang = document.getElementById('lang');
  lang.value = locale();
  lang.addEventListener('change', () => setLocale(lang.value));
  onLocaleChange(() => { lang.value = locale(); render(); });
  document.getElementById('sign-out').addEventListener('click', signOut);
  translateStatic();
  configureApi({ token: currentToken, unauthorized });
  try {
    state.config = await loadConfig();
    if (state.config.signIn === 'oidc') await finishOidc(state.config.oidc);
  } catch (e) {
    show(main, problemView(e));
    return;
  }
  window.addEventListener('hashchange', render);
  render();
}

boot();
