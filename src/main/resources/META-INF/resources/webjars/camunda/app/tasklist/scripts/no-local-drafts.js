/*
 * Staff often use shared computers, and a form's "Save" in Tasklist would keep what they typed
 * about a child in the browser's localStorage, readable by the next person at that machine.
 * This script (loaded through config.js customScripts) removes any such drafts and stops new
 * ones being written; the Save button is hidden (styles/user-styles.css). Typed work is kept on the
 * server instead, as the person's draft of the task (scripts/drafts.js), until the task is completed.
 */
const DRAFT_KEYS = ['camunda-form:', 'camForm:'];
const isDraft = (key) => typeof key === 'string' && DRAFT_KEYS.some((prefix) => key.startsWith(prefix));

function removeDrafts() {
  for (let i = window.localStorage.length - 1; i >= 0; i--) {
    const key = window.localStorage.key(i);
    if (isDraft(key)) {
      window.localStorage.removeItem(key);
    }
  }
}

const originalSetItem = Storage.prototype.setItem;
Storage.prototype.setItem = function (key, value) {
  if (this === window.localStorage && isDraft(key)) {
    return;
  }
  return originalSetItem.call(this, key, value);
};

removeDrafts();
window.addEventListener('beforeunload', removeDrafts);

export default [];
