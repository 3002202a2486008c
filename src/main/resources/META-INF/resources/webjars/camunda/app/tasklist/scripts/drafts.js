/*
 * Safeguarding reviews: what a person types into a task's form is kept on the server as they type
 * (the application's /api/drafts/tasks/{taskId}, one draft per person and task, removed when the
 * task is completed), so a stray Esc, a reload or an expired session loses nothing. Nothing is kept
 * in the browser (shared computers: scripts/no-local-drafts.js).
 *
 * How it fits Tasklist 7.24 without changing it: Tasklist's Camunda Form reads a browser draft once,
 * when the form opens, with localStorage.getItem('camunda-form:<taskId>'), and hands it to form-js
 * with the task's variables (the draft's values win). This script answers that one call with the
 * person's draft from the server, so form-js itself fills every field in; a small notice says so.
 * Saving reads the fields the person fills in (text, text areas, numbers, ticks, dates, radio
 * buttons, checklists and drop-downs, each as the form would submit it) from the form's page,
 * 2 seconds after typing stops, and at once when the page is hidden or left.
 */
const KEY = 'camunda-form:';
const ROOT = window.location.pathname.split('/camunda/app/')[0];
const draftUrl = (taskId) => ROOT + '/api/drafts/tasks/' + encodeURIComponent(taskId);
const SAVE_AFTER_MS = 2000;

let openTask = null; // the task whose form is open: { id, fields: [{ key, id, type }] }
let pending = null; // values typed and not yet saved: { taskId, values }
let timer = null;

/** The session's CSRF token, as Tasklist itself sends it (the server checks it against the session). */
function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/** The person's draft, read when the form opens (synchronously: Tasklist's own read is). */
function readDraft(taskId) {
  try {
    const request = new XMLHttpRequest();
    request.open('GET', draftUrl(taskId), false);
    request.setRequestHeader('Accept', 'application/json');
    request.send();
    return request.status === 200 ? JSON.parse(request.responseText) : null;
  } catch (e) {
    return null; // no draft is better than no form
  }
}

const KEPT = ['textfield', 'textarea', 'number', 'checkbox', 'datetime', 'radio', 'checklist', 'select'];
const CHOICES = ['radio', 'checklist', 'select'];
const engineApi = ROOT + '/camunda/api/engine/engine/default/task/';

/** A choice field's options, [{label, value}]: its own, or those of the variable it names (valuesKey). */
function optionsOf(component, taskId) {
  if (Array.isArray(component.values)) {
    return Promise.resolve(component.values);
  }
  if (!component.valuesKey) {
    return Promise.resolve([]);
  }
  const url = engineApi + encodeURIComponent(taskId) + '/form-variables?deserializeValues=false&variableNames='
    + encodeURIComponent(component.valuesKey);
  return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : {}))
    .then((variables) => {
      const variable = variables[component.valuesKey];
      const list = variable && typeof variable.value === 'string' ? JSON.parse(variable.value) : (variable && variable.value) || [];
      return list.map((option) => (typeof option === 'string' ? { label: option, value: option } : option));
    })
    .catch(() => []);
}

/** The fields a person fills in on this task's form (read-only and disabled ones are shown, not kept). */
function loadFields(taskId) {
  fetch(engineApi + encodeURIComponent(taskId) + '/deployed-form', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : { components: [] }))
    .then((schema) => {
      const found = [];
      const walk = (components) => (components || []).forEach((c) => {
        if (c.key && !c.readonly && !c.disabled && KEPT.includes(c.type)) {
          found.push(c);
        }
        walk(c.components);
      });
      walk(schema.components);
      return Promise.all(found.map((c) => (CHOICES.includes(c.type) ? optionsOf(c, taskId) : Promise.resolve([]))
        .then((options) => ({ key: c.key, id: c.id, type: c.type, options }))));
    })
    .then((fields) => {
      if (openTask && openTask.id === taskId) {
        openTask.fields = fields;
      }
    })
    .catch(() => {});
}

/** The form's inputs for a field (form-js gives each input an id ending with the field's id, and for
 * a date "-date", for the n-th radio button or checklist tick "-n"). */
function inputsOf(field, suffix) {
  return Array.from(document.querySelectorAll('.fjs-form input, .fjs-form textarea'))
    .filter((input) => (suffix instanceof RegExp ? suffix.test(input.id.split('-' + field.id).pop()) && input.id.includes('-' + field.id + '-')
      : input.id === field.id || input.id.endsWith('-' + field.id + suffix)));
}

/** A day typed dd/mm/yyyy (uk-dates.js), as the form submits it: yyyy-mm-dd. */
function isoDay(text) {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return match ? match[3] + '-' + match[2].padStart(2, '0') + '-' + match[1].padStart(2, '0') : null;
}

/** What the person has filled in on the open form, as the form would submit it. */
function typedValues() {
  const values = {};
  openTask.fields.forEach((field) => {
    if (field.type === 'radio' || field.type === 'checklist') {
      const ticks = inputsOf(field, /^-\d+$/).filter((input) => !input.disabled);
      if (!ticks.length) {
        return;
      }
      const chosen = ticks.filter((input) => input.checked).map((input) => field.options[Number(input.id.split('-').pop())])
        .filter(Boolean).map((option) => option.value);
      values[field.key] = field.type === 'radio' ? (chosen.length ? chosen[0] : null) : chosen;
      return;
    }
    const input = inputsOf(field, field.type === 'datetime' ? '-date' : '')[0];
    if (!input || input.disabled || input.readOnly) {
      return;
    }
    if (field.type === 'checkbox') {
      values[field.key] = input.checked;
    } else if (field.type === 'number') {
      values[field.key] = input.value === '' ? null : Number(input.value);
    } else if (field.type === 'datetime') {
      values[field.key] = isoDay(input.value);
    } else if (field.type === 'select') {
      const option = field.options.find((o) => o.label === input.value);
      values[field.key] = option ? option.value : null;
    } else {
      values[field.key] = input.value;
    }
  });
  return values;
}

function save(keepalive) {
  clearTimeout(timer);
  timer = null;
  if (!pending) {
    return;
  }
  const { taskId, values } = pending;
  pending = null;
  fetch(draftUrl(taskId), {
    method: 'PUT',
    credentials: 'same-origin',
    keepalive: Boolean(keepalive),
    headers: { 'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken() },
    body: JSON.stringify(values)
  }).then((response) => {
    if (response.status === 401 && !pending) {
      pending = { taskId, values }; // signed out: kept here, sent with the next change after signing in
    }
  }).catch(() => {
    if (!pending) {
      pending = { taskId, values };
    }
  });
}

/** Shows, above the form, that earlier work was put back. */
function showRestored(savedAtText, tries = 50) {
  const form = document.querySelector('.fjs-container');
  if (!form) {
    if (tries > 0) {
      setTimeout(() => showRestored(savedAtText, tries - 1), 200);
    }
    return;
  }
  if (form.parentNode.querySelector('.safeguarding-draft-restored')) {
    return;
  }
  const notice = document.createElement('p');
  notice.className = 'safeguarding-draft-restored';
  notice.setAttribute('role', 'status');
  notice.textContent = 'Your unsaved work from ' + savedAtText + ' was restored';
  form.parentNode.insertBefore(notice, form);
}

// The one read of a browser draft (Tasklist's Camunda Form, when it opens): the server's draft instead.
const originalGetItem = Storage.prototype.getItem;
Storage.prototype.getItem = function (key) {
  if (this !== window.localStorage || typeof key !== 'string' || !key.startsWith(KEY)) {
    return originalGetItem.call(this, key);
  }
  const taskId = key.substring(KEY.length);
  if (pending && pending.taskId !== taskId) {
    save();
  }
  if (!taskId || taskId === 'undefined') {
    openTask = null; // a start form: drafts are kept for tasks only
    return null;
  }
  openTask = { id: taskId, fields: [] };
  loadFields(taskId);
  const draft = readDraft(taskId);
  if (!draft) {
    return null;
  }
  showRestored(draft.savedAtText);
  return JSON.stringify(draft.values);
};

// Typing in the open form: what is there now is saved 2 seconds after the last key.
const typed = (event) => {
  if (!openTask || !openTask.fields.length || !event.target.closest || !event.target.closest('.fjs-form')) {
    return;
  }
  pending = { taskId: openTask.id, values: typedValues() };
  clearTimeout(timer);
  timer = setTimeout(save, SAVE_AFTER_MS);
};
document.addEventListener('input', typed, true);
document.addEventListener('change', typed, true);
// A drop-down's choice or a day picked in the calendar changes the form without an input event:
// read the form once the click has been handled.
document.addEventListener('click', (event) => setTimeout(() => typed(event), 0), true);

// Completing: nothing more to keep (the server removes the task's drafts when it is completed).
document.addEventListener('click', (event) => {
  if (event.target.closest && event.target.closest('button[ng-click="complete()"]')) {
    clearTimeout(timer);
    timer = null;
    pending = null;
  }
}, true);

// Leaving or hiding the page (reload, another tab, closing the laptop): saved at once.
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') {
    save(true);
  }
});
window.addEventListener('pagehide', () => save(true));

export default [];
