// Runs first thing in <body>: lets GOV.UK Frontend style the page for scripting before it paints.
document.body.classList.add('js-enabled');
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported');
}
