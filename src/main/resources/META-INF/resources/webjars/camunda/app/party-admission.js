/*
 * Party Admission's additions to Camunda's webapps, loaded by each webapp's scripts/config.js
 * (customScripts):
 * - the demo mark: a band on every page while GET /api/about answers {"demo": true} (none on an
 *   error, a 404 or false), so that demo data is never taken for real work;
 * - the language link at the foot of the page (Vietnamese by default, English as a choice; see
 *   scripts/config.js);
 * - Create task and task priorities are for administrators: a user without the Admin application
 *   does not see them (hidden by party-admission.css until the user is known to be one);
 * - one sign-in page: after "Log out", or a session that ended, Camunda would show its own login form
 *   (#/login); the project's page is shown instead.
 */
const base = document.querySelector('base');
const appRoot = base.getAttribute('app-root');
const contextPath = appRoot.replace(/\/[^/]*$/, '');
const engine = base.getAttribute('href').replace(/\/$/, '').split('/').pop();
const english = /(?:^|;\s*)party-admission-language=en(?:;|$)/.test(document.cookie);
const html = document.documentElement;

html.lang = english ? 'en' : 'vi';

const style = document.createElement('link');
style.rel = 'stylesheet';
style.href = appRoot + '/app/party-admission.css?v=1';
document.head.appendChild(style);

function json(url) {
  // no redirect followed: a session that ended answers with the login page, not with data
  return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' }, redirect: 'error' })
    .then((response) => (response.ok ? response.json() : null))
    .catch(() => null);
}

function languageLink() {
  const link = document.createElement('a');
  link.href = '#';
  link.className = 'pa-language';
  link.lang = english ? 'vi' : 'en';
  link.textContent = english ? 'Tiếng Việt' : 'English';
  link.addEventListener('click', (event) => {
    event.preventDefault();
    document.cookie = 'party-admission-language=' + (english ? 'vi' : 'en') + '; path=/; max-age=31536000; SameSite=Lax';
    window.location.reload();
  });
  document.body.appendChild(link);
}

function demoBand(notice) {
  const band = document.createElement('div');
  band.className = 'pa-demo-band';
  band.setAttribute('role', 'note');
  band.textContent = typeof notice === 'string' && notice.trim()
    ? notice.trim()
    : english ? 'DEMO DATA – not for real work' : 'DỮ LIỆU MINH HỌA – không dùng cho công việc thật';
  document.body.appendChild(band);
  html.classList.add('pa-demo');
}

function toOurLoginPage() {
  if (/^#!?\/login/.test(window.location.hash)) {
    window.location.replace(contextPath + '/login?logout');
  }
}

toOurLoginPage();
window.addEventListener('hashchange', toOurLoginPage);
languageLink();

json(contextPath + '/api/about').then((about) => {
  if (about && about.demo === true) {
    demoBand(about.notice);
  }
});

json(appRoot + '/api/admin/auth/user/' + encodeURIComponent(engine)).then((user) => {
  if (user && Array.isArray(user.authorizedApps) && user.authorizedApps.indexOf('admin') >= 0) {
    html.classList.add('pa-administrator');
  }
});
