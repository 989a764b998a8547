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
    name: english ? 'Tasklist' : 'Công việc',
    vendor: english ? 'Party Admission ·' : 'Kết nạp đảng viên ·'
  },
  locales: {
    availableLocales: [language],
    fallbackLocale: language
  },
  // demo mark, language link, and what an ordinary user does not need (webjars/camunda/app/party-admission.js)
  customScripts: ['../party-admission'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: english ? 'claims the currently selected task' : 'nhận công việc đang chọn'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: english ? 'set the focus to the first filter in the list' : 'chuyển đến bộ lọc đầu tiên trong danh sách'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: english ? 'sets the focus to the first task in the list' : 'chuyển đến công việc đầu tiên trong danh sách'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: english ? 'sets the focus to the first input field in a task form' : 'chuyển đến ô nhập đầu tiên của biểu mẫu'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: english ? 'opens the start process modal dialog' : 'mở hộp thoại bắt đầu quy trình'
    }
  }
};
