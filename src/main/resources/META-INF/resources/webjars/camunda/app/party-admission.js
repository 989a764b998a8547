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
 *   (#/login); the project's page is shown instead;
 * - form-js's own messages (its field errors, the select's "Search") are English words built into the
 *   Tasklist bundle: shown in Vietnamese as they appear.
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

// form-js 1.x writes its validation messages and the searchable select's placeholder in English
const FORM_JS = [
  [/^Field is required\.$/, () => 'Mục này bắt buộc.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => 'Giá trị phải từ ' + m[1] + ' trở lên.'],
  [/^Field must have maximum value of (.+)\.$/, (m) => 'Giá trị không được lớn hơn ' + m[1] + '.'],
  [/^Field must have minimum length of (.+)\.$/, (m) => 'Cần ít nhất ' + m[1] + ' ký tự.'],
  [/^Field must have maximum length of (.+)\.$/, (m) => 'Không được quá ' + m[1] + ' ký tự.'],
  [/^Field must match pattern (.+)\.$/, () => 'Giá trị không đúng định dạng.'],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ thư điện tử không hợp lệ.'],
  [/^Field must be a valid number\.$/, () => 'Cần nhập một số.']
];

function translateFormJs(root) {
  if (english || !root.querySelectorAll) {
    return;
  }
  root.querySelectorAll('.fjs-form-field-error, .fjs-form-field-error span, .fjs-form-field-error li').forEach((node) => {
    if (node.children.length === 0) {
      const text = node.textContent.trim();
      for (const [pattern, say] of FORM_JS) {
        const match = text.match(pattern);
        if (match) {
          node.textContent = say(match);
          break;
        }
      }
    }
  });
  root.querySelectorAll('input[placeholder="Search"]').forEach((input) => {
    input.placeholder = 'Tìm';
  });
}

new MutationObserver((changes) => changes.forEach((change) => change.addedNodes.forEach((node) => {
  if (node.nodeType === 1) {
    translateFormJs(node.parentNode || node);
  }
  else if (node.nodeType === 3 && node.parentNode) {
    translateFormJs(node.parentNode.parentNode || node.parentNode);
  }
})))
  .observe(document.body, { childList: true, subtree: true, characterData: false });
