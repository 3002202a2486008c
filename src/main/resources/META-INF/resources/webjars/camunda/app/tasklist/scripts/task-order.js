/*
 * The task list as staff work it:
 *
 * - Ordered by due date, soonest first. Every filter asks for that, but Tasklist puts its own sort
 *   ("Created", newest first) into the page's address whenever the address has none; this script
 *   puts "Due date, ascending" there first. Someone who picks another order keeps it.
 * - A task due within the next 7 days (5 working days) is marked "due soon"; an overdue one is
 *   already marked by Tasklist (class "overdue") and both are coloured in styles/user-styles.css.
 *
 * Loaded through config.js customScripts.
 */
const BY_DUE_DATE = JSON.stringify([{sortBy: 'dueDate', sortOrder: 'asc'}]);

function orderByDueDate() {
  const hash = window.location.hash || '#/';
  if (!hash.startsWith('#/') || hash.startsWith('#/login') || /[?&]sorting=/.test(hash)) {
    return;
  }
  const separator = hash.includes('?') ? '&' : '?';
  window.location.replace(hash + separator + 'sorting=' + encodeURIComponent(BY_DUE_DATE));
}

orderByDueDate();
window.addEventListener('hashchange', orderByDueDate);

// "in 3 days", "in 5 hours", "in a day": due soon. Tasklist writes these relative times itself
// (am-time-ago) and keeps them current.
const SOON = /^in (a few seconds|a minute|\d+ minutes|an hour|\d+ hours|a day|[1-7] days)$/;

function markDueSoon(root) {
  root.querySelectorAll('.tasks-list .due-date, .task-card .due-date').forEach((due) => {
    const relative = due.querySelector('[am-time-ago]');
    const soon = !due.classList.contains('overdue') && relative && SOON.test(relative.textContent.trim());
    if (due.classList.contains('due-soon') !== Boolean(soon)) {
      due.classList.toggle('due-soon', Boolean(soon));
    }
  });
}

new MutationObserver(() => markDueSoon(document)).observe(document.documentElement,
    {childList: true, subtree: true, characterData: true});

export default [];
