/*
 * Dates typed and picked as people in the UK expect, whatever language the browser is set to.
 *
 * - A date field in a form (form-js) takes its format from the browser's locale: a browser left on
 *   US English shows "mm/dd/yyyy", and 03/04/2027 would be read as 4 March. Forms here always read
 *   and write day/month/year: the browser's default date format is English (UK) on these pages.
 * - The date picker's week starts on Monday.
 * - A date field marked in its form with the custom property "dates" offers only the days the server
 *   takes (forms/FormSubmissionValidator): "up-to-today" (something that has happened), "from-today"
 *   or "after-today" (something still to come). The marks are read from the form as Tasklist fetches it.
 *
 * Loaded through config.js customScripts; it changes nothing a form sends (dates go to the server
 * as ISO dates either way).
 */
const UK = 'en-GB';
const BrowserDateTimeFormat = Intl.DateTimeFormat;

function UkDateTimeFormat(locales, options) {
  const locale = locales === undefined || locales === 'default' ? UK : locales;
  return new BrowserDateTimeFormat(locale, options);
}
UkDateTimeFormat.prototype = BrowserDateTimeFormat.prototype;
UkDateTimeFormat.supportedLocalesOf = BrowserDateTimeFormat.supportedLocalesOf.bind(BrowserDateTimeFormat);
Intl.DateTimeFormat = UkDateTimeFormat;

// The "dates" mark of each date field, by the field's id, from the forms Tasklist fetches.
const marks = new Map();

function collectMarks(component) {
  if (component.type === 'datetime' && component.properties && component.properties.dates) {
    marks.set(component.id, component.properties.dates);
  }
  (component.components || []).forEach(collectMarks);
}

const browserFetch = window.fetch;
window.fetch = function (resource, ...rest) {
  const reply = browserFetch.call(this, resource, ...rest);
  if (/\/deployed-(start-)?form(\?|$)/.test(String(resource && resource.url || resource))) {
    reply.then((response) => response.clone().json()).then((form) => {
      collectMarks(form);
      fitDatePickers(document);
    }).catch(() => {});
  }
  return reply;
};

function startOfToday(plusDays) {
  const day = new Date();
  day.setHours(0, 0, 0, 0);
  day.setDate(day.getDate() + plusDays);
  return day;
}

function limits(mark) {
  switch (mark) {
    case 'up-to-today': return {maxDate: startOfToday(0)};
    case 'from-today': return {minDate: startOfToday(0)};
    case 'after-today': return {minDate: startOfToday(1)};
    default: return {};
  }
}

// Each date picker (flatpickr, inside form-js) is told that the week starts on Monday, and which
// days its field takes (again if its form's marks arrive after it was drawn).
const fitted = new WeakMap();

function fitDatePickers(root) {
  root.querySelectorAll('.fjs-datepicker input').forEach((input) => {
    const picker = input._flatpickr;
    const id = [...marks.keys()].find((fieldId) => input.id.endsWith('-' + fieldId + '-date'));
    const mark = id ? marks.get(id) : 'none';
    if (picker && fitted.get(picker) !== mark) {
      fitted.set(picker, mark);
      picker.set({locale: {firstDayOfWeek: 1}, ...limits(mark)});
    }
  });
}

new MutationObserver(() => fitDatePickers(document)).observe(document.documentElement, {childList: true, subtree: true});

export default [];
