// "Ask for an extension" beside "Start process", for the SCR group chair only: the review's completion
// deadline is extended only when the board chair approves, and a request is made when it is needed
// (there is no task standing open for it). It lists the running reviews, takes the proposed date and
// the reason, and posts them to the application (POST /api/reviews/{case}/extension-requests) in the
// chair's Tasklist session with the session's CSRF token. The server checks everything again and says
// what was wrong, in words, shown here.
const when = (iso) => new Intl.DateTimeFormat('en-GB', {day: 'numeric', month: 'short', year: 'numeric',
  hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London'}).format(new Date(iso));

function element(tag, attributes, text) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => node.setAttribute(name, value));
  if (text) {
    node.textContent = text;
  }
  return node;
}

function openDialog(reviews, csrfToken) {
  const backdrop = element('div', {class: 'extension-request-backdrop'});
  const dialog = element('div', {class: 'extension-request-dialog', role: 'dialog', 'aria-modal': 'true',
    'aria-labelledby': 'extension-request-title'});
  dialog.appendChild(element('h3', {id: 'extension-request-title'}, 'Ask the board chair for an extension'));
  const message = element('div', {class: 'extension-request-message', role: 'alert'});
  dialog.appendChild(message);
  const form = element('form');
  const review = element('select', {name: 'review', required: 'required'});
  reviews.forEach((r) => {
    const option = element('option', {value: r.caseReference}, r.caseReference + ' — due ' + (r.reviewDueDateText || 'date not set')
      + (r.withTheBoardChair ? ' (a request is with the board chair)' : ''));
    if (r.withTheBoardChair) {
      option.disabled = true;
    }
    review.appendChild(option);
  });
  const date = element('input', {type: 'date', name: 'proposedDueDate', required: 'required'});
  const reason = element('textarea', {name: 'extensionReason', rows: '4', maxlength: '4000', required: 'required'});
  [['Review', review], ['Proposed new completion date', date], ['Why more time is needed', reason]].forEach(([label, input]) => {
    const wrapper = element('label', {class: 'extension-request-field'}, label);
    wrapper.appendChild(input);
    form.appendChild(wrapper);
  });
  const buttons = element('div', {class: 'extension-request-buttons'});
  const cancel = element('button', {type: 'button', class: 'btn btn-link'}, 'Close');
  const send = element('button', {type: 'submit', class: 'btn btn-primary'}, 'Ask the board chair');
  buttons.append(cancel, send);
  form.appendChild(buttons);
  dialog.appendChild(form);
  backdrop.appendChild(dialog);
  document.body.appendChild(backdrop);
  const close = () => backdrop.remove();
  cancel.addEventListener('click', close);

  const firstOpen = reviews.find((r) => !r.withTheBoardChair);
  if (firstOpen) {
    review.value = firstOpen.caseReference;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send.disabled = true;
    message.className = 'extension-request-message';
    message.textContent = '';
    fetch('/api/reviews/' + encodeURIComponent(review.value) + '/extension-requests', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', Accept: 'application/json', 'X-XSRF-TOKEN': csrfToken},
      body: JSON.stringify({proposedDueDate: date.value, extensionReason: reason.value})
    }).then((response) => response.json().catch(() => ({})).then((body) => ({response, body})))
      .then(({response, body}) => {
        if (response.ok) {
          form.remove();
          message.className = 'extension-request-message alert alert-success';
          message.textContent = 'Asked: the board chair has the request for ' + body.caseReference + ' (new date '
            + when(body.proposedDueDate + 'T12:00:00Z').replace(/, \d\d:\d\d$/, '') + ').';
          cancel.textContent = 'Close';
          dialog.appendChild(cancel);
        } else {
          message.className = 'extension-request-message alert alert-danger';
          message.textContent = body.message || ('The request was not taken (' + response.status + ').');
        }
      })
      .catch(() => {
        message.className = 'extension-request-message alert alert-danger';
        message.textContent = 'The request could not be sent: check the connection and try again.';
      })
      .finally(() => { send.disabled = false; });
  });
  (firstOpen ? date : cancel).focus();
}

function render(node, {api}) {
  // Shown only to those who may ask: the list answers 403 to everyone but the SCR group chair.
  fetch('/api/reviews/extension-requests', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
    .then((response) => (response.ok ? response.json() : null))
    .then((reviews) => {
      if (!reviews) {
        return;
      }
      const link = element('a', {href: '', class: 'ask-for-extension'}, 'Ask for an extension');
      link.addEventListener('click', (event) => {
        event.preventDefault();
        fetch('/api/reviews/extension-requests', {credentials: 'same-origin', headers: {Accept: 'application/json'}})
          .then((response) => response.json())
          .then((current) => openDialog(current, api.CSRFToken));
      });
      node.appendChild(link);
    })
    .catch(() => {});
}

export default {
  id: 'safeguarding-extension-request',
  pluginPoint: 'tasklist.navbar.action',
  priority: 90,
  render
};
