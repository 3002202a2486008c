// A process's page in Cockpit lists its running instances by id; an agency contribution or a LADO
// investigation strand of one case looks like every other. This tab lists them by case and agency:
// the case (linked to its instance), the agency, and when it began. It reads the engine's own API in
// the user's Cockpit session, so it shows only what that user may read.
const when = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London'
});
const SHOWN = 500;

function readJson(url, options) {
  return fetch(url, {credentials: 'same-origin', ...options,
    headers: {Accept: 'application/json', 'Content-Type': 'application/json', ...(options || {}).headers}})
    .then(response => {
      if (!response.ok) {
        throw new Error('The cases could not be read (' + response.status + ').');
      }
      return response.json();
    });
}

function cell(row, content) {
  const td = document.createElement('td');
  td.append(content);
  row.appendChild(td);
}

function render(node, {api, processDefinitionId}) {
  node.innerHTML = '<section class="safeguarding-cases"><p class="cases-status" role="status">Loading…</p>'
    + '<table class="table table-striped"><thead><tr><th>Case</th><th>Agency</th><th>Began</th></tr></thead>'
    + '<tbody></tbody></table></section>';
  const status = node.querySelector('.cases-status');
  const body = node.querySelector('tbody');
  const engine = api.engineApi;
  const running = readJson(engine + '/history/process-instance?unfinished=true&sortBy=businessKey&sortOrder=asc'
    + '&processDefinitionId=' + encodeURIComponent(processDefinitionId) + '&maxResults=' + SHOWN);
  const agencies = readJson('/api/agencies').catch(() => []);

  Promise.all([running, agencies]).then(([found, known]) => {
    const agencyVariables = found.length === 0 ? [] : readJson(engine + '/variable-instance?deserializeValues=false&firstResult=0&maxResults=' + SHOWN, {
      method: 'POST',
      headers: {'X-XSRF-TOKEN': api.CSRFToken},
      body: JSON.stringify({variableName: 'agency', processInstanceIdIn: found.map(instance => instance.id)})
    });
    return Promise.all([found, known, agencyVariables]);
  }).then(([found, known, agencyVariables]) => {
    const agencyName = new Map(known.map(agency => [agency.slug, agency.name]));
    const agencyOf = new Map(agencyVariables.map(v => [v.processInstanceId, agencyName.get(v.value) || v.value]));
    for (const instance of found) {
      const row = document.createElement('tr');
      const link = document.createElement('a');
      link.href = '#/process-instance/' + instance.id + '/runtime';
      link.textContent = instance.businessKey || '(no case reference yet)';
      cell(row, link);
      cell(row, agencyOf.get(instance.id) || '—');
      cell(row, when.format(new Date(instance.startTime)));
      body.appendChild(row);
    }
    status.textContent = found.length === 0 ? 'No running cases.'
      : found.length + (found.length === SHOWN ? ' or more' : '') + ' running, by case.';
  }).catch(error => { status.textContent = error.message; });
}

export default {
  id: 'safeguarding-cases-and-agencies',
  pluginPoint: 'cockpit.processDefinition.runtime.tab',
  priority: 50,
  label: 'Cases and agencies',
  render
};
