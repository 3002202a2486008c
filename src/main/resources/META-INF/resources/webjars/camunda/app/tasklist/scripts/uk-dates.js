/*
 * Dates typed and picked as people in the UK expect, whatever language the browser is set to.
 *
 * - A date field in a form (form-js) takes its format from the browser's locale: a browser left on
 *   US English shows "mm/dd/yyyy", and 03/04/2027 would be read as 4 March. Forms here always read
 *   and write day/month/year: the browser's default date format is English (UK) on these pages.
 * - The date picker's week starts on Monday.
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

// Each date picker (flatpickr, inside form-js) is told once that the week starts on Monday.
const fitted = new WeakSet();

function fitDatePickers(root) {
  root.querySelectorAll('.fjs-datepicker input').forEach((input) => {
    const picker = input._flatpickr;
    if (picker && !fitted.has(picker)) {
      fitted.add(picker);
      picker.set('locale', {firstDayOfWeek: 1});
    }
  });
}

new MutationObserver(() => fitDatePickers(document)).observe(document.documentElement, {childList: true, subtree: true});

export default [];
