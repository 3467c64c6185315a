// Sign in: the "sign in as" list on a local run, the organisation's identity provider in a cluster.
import { problemView } from '../api.js';
import { localPeople, localSignIn, startOidc } from '../auth.js';
import { h, show } from '../dom.js';
import { t } from '../i18n.js';

export function mount(el, { config, notice, signedIn }) {
  const body = h('div', {});
  show(el, h('section', { class: 'card sign-in', 'aria-labelledby': 'sign-in-title' },
    h('h1', { id: 'sign-in-title' }, t('auth.signIn')),
    notice ? h('p', { class: 'notice', role: 'alert' }, notice) : null,
    body));

  if (!config || config.signIn === 'none') {
    show(body, h('p', {}, t('auth.none')));
  } else if (config.signIn === 'oidc') {
    show(body, h('p', {}, t('auth.oidcHint')),
      h('button', { type: 'button', class: 'primary', onclick: () => startOidc(config.oidc, window.location.hash) }, t('auth.signIn')));
  } else {
    local(body, signedIn);
  }
  el.focus();
  return { stop() {} };
}

async function local(body, signedIn) {
  show(body, h('p', {}, t('common.loading')));
  const pick = async (person, button) => {
    button.disabled = true;
    try {
      await localSignIn(person.role, person.email);
      signedIn();
    } catch (e) {
      button.disabled = false;
      body.prepend(problemView(e));
    }
  };
  let people;
  let problem = null;
  try {
    people = await localPeople();
  } catch (e) {
    problem = problemView(e);
    people = [{ role: 'admin', name: 'Administrator', email: null, team: null }];
  }
  const group = (role, title) => {
    const members = people.filter((p) => p.role === role);
    if (!members.length) return null;
    return h('div', { class: 'people' }, h('h2', {}, title),
      h('ul', {}, members.map((p) => h('li', {},
        h('button', {
          type: 'button',
          class: 'person',
          dataset: { role: p.role, email: p.email || '' },
          onclick: (e) => pick(p, e.currentTarget),
        }, h('span', { class: 'name' }, p.name), p.team ? h('span', { class: 'muted' }, p.team) : null,
        p.email ? h('span', { class: 'muted small' }, p.email) : null)))));
  };
  show(body, problem, h('p', { class: 'muted' }, t('auth.localHint')),
    group('admin', t('auth.admins')), group('manager', t('auth.managers')), group('rep', t('auth.reps')));
}
