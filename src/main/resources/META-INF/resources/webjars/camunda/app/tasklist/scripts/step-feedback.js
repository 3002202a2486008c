/*
 * Staff see what happened to their step where they are looking:
 *
 * - A refusal (a start or a completion the server refuses, with what was wrong in plain words) is
 *   brought into view: Tasklist shows it at the top of a long dialog or at the page's corner, which
 *   is out of sight of someone who has just pressed the button at the bottom of a form.
 * - Completing a task is confirmed: "Saved: ‹task› is complete." (Tasklist itself only clears the
 *   form.)
 * - Esc never closes a dialog with a form in it: it is pressed to close a date picker, and used to
 *   throw away everything typed into the Start dialog. The dialog's Close button still closes it.
 *
 * Loaded through config.js customScripts.
 */

// Esc: the dialog (angular-ui-bootstrap) ignores a key whose default was prevented; the date picker
// still closes itself.
window.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && document.querySelector('.modal .fjs-form, .modal form')) {
    event.preventDefault();
  }
}, true);

// Refusals into view.
const ALERTS = '.alert-danger, .alert-error';

function showRefusals(root) {
  const shown = [...root.querySelectorAll(ALERTS)].filter((alert) => !alert.dataset.seen);
  shown.forEach((alert) => {
    alert.dataset.seen = 'true';
    alert.setAttribute('role', 'alert');
    alert.scrollIntoView({block: 'center'});
  });
}

new MutationObserver(() => showRefusals(document)).observe(document.documentElement, {childList: true, subtree: true});

// Completion confirmed: Tasklist completes a task with POST .../task/{id}/submit-form (204).
const COMPLETE = /\/task\/[^/]+\/submit-form$/;

function confirm(text) {
  let box = document.querySelector('.step-confirmation');
  if (!box) {
    box = document.createElement('div');
    box.className = 'step-confirmation alert alert-success';
    box.setAttribute('role', 'status');
    document.body.appendChild(box);
  }
  box.textContent = text;
  box.style.display = 'block';
  clearTimeout(box.hideLater);
  box.hideLater = setTimeout(() => { box.style.display = 'none'; }, 8000);
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  if (method === 'POST' && COMPLETE.test(String(url).split('?')[0])) {
    const heading = document.querySelector('.task-card h2.task');
    const taskName = heading ? heading.textContent.trim() : 'The task';
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        confirm('Saved: ' + taskName + ' is complete.');
      }
    });
  }
  return open.call(this, method, url, ...rest);
};

export default [];
