// Safeguarding reviews: the web apps' own configuration (docs.camunda.org, webapps, "Configuration").
// The same name and UK dates as Tasklist (app/tasklist/scripts/config.js).
export default {
  // the managers' deadlines view on the start page (a Cockpit plugin: scripts/deadlines-plugin.js)
  customScripts: ['scripts/deadlines-plugin.js', 'scripts/cases-and-agencies-plugin.js'],
  app: {
    name: 'Safeguarding reviews',
    vendor: 'Safeguarding Children Partnership'
  },
  // Dates as people in the UK write them: 15 Jan 2027, 17:00 (moment.js formats).
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'D MMM YYYY, HH:mm',
    normal: 'D MMM YYYY, HH:mm',
    long: 'dddd D MMMM YYYY, HH:mm',
    short: 'D MMM YYYY'
  },
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  }
};
