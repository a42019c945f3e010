// Progressive enhancement only: every page works without this script.
const script = document.querySelector('script[data-govuk-frontend]');
if (script && document.body.classList.contains('govuk-frontend-supported')) {
  import(script.dataset.govukFrontend).then((govuk) => govuk.initAll());
}
