/*
 * Party Admission: this webapp's configuration (Camunda loads it in place of the webjar's copy).
 *
 * Language. Camunda 7.24 takes the first language of the browser (navigator.languages[0]) if it is
 * among availableLocales, else fallbackLocale; it has no language menu of its own. So that a user
 * gets Vietnamese whatever her browser's language, only the chosen language is offered: Vietnamese,
 * or English once she picks "English" in the link at the foot of the page (../party-admission-language.js).
 */
import { english, language } from '../../party-admission-language.js';

export default {
  app: {
    name: english ? 'Admin' : 'Quản trị',
    vendor: english ? 'Party Admission ·' : 'Kết nạp đảng viên ·'
  },
  locales: {
    availableLocales: [language],
    fallbackLocale: language
  },
  // demo mark, language link, and what an ordinary user does not need (webjars/camunda/app/party-admission.js)
  customScripts: ['../party-admission'],
};
