// Progressive enhancement only: every page works without this script.
const script = document.querySelector('script[data-govuk-frontend]');
if (script && document.body.classList.contains('govuk-frontend-supported')) {
  import(script.dataset.govukFrontend).then((govuk) => govuk.initAll());
}

// GOV.UK Frontend marks a radio or checkbox that reveals more questions with aria-expanded, which
// ARIA does not allow on those roles (axe: aria-allowed-attr). The revealed questions follow the
// option in reading order, so nothing is lost by taking the attribute away whenever it is set.
new MutationObserver((changes) => {
  changes.forEach((change) => {
    const input = change.target;
    if ((input.type === 'radio' || input.type === 'checkbox') && input.hasAttribute('aria-expanded')) {
      input.removeAttribute('aria-expanded');
    }
  });
}).observe(document.body, { attributes: true, attributeFilter: ['aria-expanded'], subtree: true });

// Warn before a signed-in session runs out for idleness, and let the person stay (WCAG 2.2.1).
const session = document.querySelector('[data-session-timeout]');
if (session && Number(session.dataset.sessionTimeout) > 0) {
  const timeout = Number(session.dataset.sessionTimeout) * 1000;
  const warnBefore = Math.min(120000, timeout / 4);
  let warnTimer;
  let expireTimer;
  const dialog = document.createElement('dialog');
  dialog.className = 'city-session-dialog';
  dialog.setAttribute('aria-labelledby', 'city-session-warning');
  const text = document.createElement('p');
  text.id = 'city-session-warning';
  text.className = 'govuk-body';
  text.textContent = session.dataset.sessionWarning;
  const stay = document.createElement('button');
  stay.type = 'button';
  stay.className = 'govuk-button';
  stay.textContent = session.dataset.sessionStay;
  dialog.append(text, stay);
  document.body.append(dialog);

  const schedule = () => {
    clearTimeout(warnTimer);
    clearTimeout(expireTimer);
    warnTimer = setTimeout(() => dialog.showModal(), timeout - warnBefore);
    expireTimer = setTimeout(() => { window.location.href = session.dataset.sessionExpired; }, timeout);
  };
  stay.addEventListener('click', () => {
    const csrf = document.querySelector('form input[name="_csrf"]');
    fetch(session.dataset.sessionExtend, {
      method: 'POST',
      credentials: 'same-origin',
      headers: csrf ? { 'X-CSRF-TOKEN': csrf.value } : {},
    }).then((answer) => {
      if (answer.ok) {
        dialog.close();
        schedule();
      } else {
        window.location.href = session.dataset.sessionExpired;
      }
    });
  });
  schedule();
}
