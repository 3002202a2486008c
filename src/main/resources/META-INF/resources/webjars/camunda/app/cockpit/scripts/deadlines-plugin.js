// The managers' deadlines view on Cockpit's start page: every open deadline of every case the signed-in
// user may see, most urgent first, read from the application's /api/deadlines in the user's Cockpit
// session. Each row links to its process instance in Cockpit and, for a task, to Tasklist.
const when = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London'
});

function cell(row, text, className) {
  const td = document.createElement('td');
  if (text instanceof Node) {
    td.appendChild(text);
  } else {
    td.textContent = text == null ? '' : String(text);
  }
  if (className) {
    td.className = className;
  }
  row.appendChild(td);
  return td;
}

function link(href, text) {
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  return a;
}

function daysText(d) {
  if (d.state === 'overdue') {
    return d.workingDaysLeft < 0 ? (-d.workingDaysLeft) + ' working day' + (d.workingDaysLeft === -1 ? '' : 's') + ' overdue'
      : 'overdue today';
  }
  return d.workingDaysLeft + ' working day' + (d.workingDaysLeft === 1 ? '' : 's') + ' left';
}

function render(node) {
  node.innerHTML = '';
  const section = document.createElement('section');
  section.className = 'safeguarding-deadlines';
  section.innerHTML =
    '<h2>Deadlines</h2>' +
    '<p class="deadlines-controls">' +
    '<label>State <select name="state"><option value="">all</option><option value="overdue">overdue</option>' +
    '<option value="due-soon">due within 5 working days</option><option value="open">later</option></select></label> ' +
    '<label>Process <select name="process"><option value="">all</option></select></label> ' +
    '<label>With <input name="party" placeholder="e.g. Police"></label> ' +
    '<a href="/api/deadlines/summary" target="_blank" rel="noopener">Printable summary</a></p>' +
    '<p class="deadlines-status" role="status">Loading…</p>' +
    '<table class="table table-striped deadlines-table"><thead><tr><th>Due</th><th></th><th>Case</th><th>Process</th>' +
    '<th>What is due</th><th>With</th><th></th></tr></thead><tbody></tbody></table>';
  node.appendChild(section);
  const status = section.querySelector('.deadlines-status');
  const body = section.querySelector('tbody');
  const state = section.querySelector('select[name=state]');
  const process = section.querySelector('select[name=process]');
  const party = section.querySelector('input[name=party]');
  let all = [];

  function show() {
    body.innerHTML = '';
    const wanted = all.filter(d => (!state.value || d.state === state.value)
      && (!process.value || d.processKey === process.value)
      && (!party.value || (d.party || '').toLowerCase().includes(party.value.toLowerCase())));
    for (const d of wanted) {
      const row = document.createElement('tr');
      row.className = 'deadline-' + d.state + (d.escalation ? ' deadline-escalation' : '');
      cell(row, when.format(new Date(d.due)));
      cell(row, daysText(d), 'deadline-days');
      cell(row, d.processInstanceId ? link('#/process-instance/' + d.processInstanceId + '/runtime', d.caseReference || '(no reference yet)')
        : d.caseReference);
      cell(row, d.process);
      cell(row, (d.escalation ? 'Escalation: ' : '') + d.what + (d.kind === 'timer' ? ' (timer)' : d.kind === 'clock' ? ' (clock)' : ''));
      cell(row, d.party);
      cell(row, d.tasklistLink ? link(d.tasklistLink, 'Open in Tasklist') : '');
      body.appendChild(row);
    }
    const overdue = all.filter(d => d.state === 'overdue').length;
    status.textContent = wanted.length + ' of ' + all.length + ' open deadlines shown; ' + overdue + ' overdue.';
  }

  fetch('/api/deadlines', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then(response => {
      if (response.status === 403) {
        throw new Error('The deadlines view is for the partnership\'s managers and chairs, and the LADO service.');
      }
      if (!response.ok) {
        throw new Error('The deadlines could not be read (' + response.status + ').');
      }
      return response.json();
    })
    .then(deadlines => {
      all = deadlines;
      const processes = [...new Map(all.map(d => [d.processKey, d.process])).entries()].sort((a, b) => a[1].localeCompare(b[1]));
      for (const [key, name] of processes) {
        const option = document.createElement('option');
        option.value = key;
        option.textContent = name;
        process.appendChild(option);
      }
      show();
    })
    .catch(error => { status.textContent = error.message; });
  state.addEventListener('change', show);
  process.addEventListener('change', show);
  party.addEventListener('input', show);
}

export default {
  id: 'safeguarding-deadlines',
  pluginPoint: 'cockpit.dashboard',
  priority: 100,
  render
};
