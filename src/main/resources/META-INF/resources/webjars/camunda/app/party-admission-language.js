/*
 * Party Admission: the language of Camunda's webapps, imported by each webapp's scripts/config.js.
 *
 * Vietnamese unless this browser chose English with the language link (cookie
 * party-admission-language=en, set by party-admission.js and the login page).
 *
 * The locale is put in Camunda's own cache (localStorage "camunda-web", the entry its locale loader
 * reads first) before Camunda starts: a few labels (the search field's placeholder, the sort names)
 * are rendered once, and when the locale file had not arrived yet they showed as raw keys
 * (SEARCH_PLACEHOLDER, CREATION_DATE) on a browser's first visit.
 */
export const english = /(?:^|;\s*)party-admission-language=en(?:;|$)/.test(document.cookie);
export const language = english ? 'en' : 'vi';

const base = document.querySelector('base');
const prefix = base.getAttribute('app-root') + '/app/' + base.getAttribute('app-name') + '/locales/';
const key = prefix + '_locales_data_' + language + '_' + window.bust;

try {
  const cache = JSON.parse(window.localStorage.getItem('camunda-web') || '{}');
  if (!cache[key]) {
    const response = await fetch(prefix + language + '.json?bust=' + window.bust, { credentials: 'same-origin' });
    if (response.ok) {
      cache[key] = JSON.stringify(await response.json());
      window.localStorage.setItem('camunda-web', JSON.stringify(cache));
    }
  }
} catch (e) {
  // Camunda's loader fetches the locale itself
}
