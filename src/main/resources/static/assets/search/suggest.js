// Suggestions as you type, for every search box that asks for them (data-suggest): the titles the
// server suggests fill the box's <datalist>, which the browser offers as an accessible list. Only
// progressive enhancement: without this script the box is a plain search form.
const DELAY_MS = 150;

document.querySelectorAll('input[data-suggest][list]').forEach((input) => {
  const list = document.getElementById(input.getAttribute('list'));
  if (!list) {
    return;
  }
  let timer;
  let asked = '';
  const fill = (suggestions) => {
    list.replaceChildren(...suggestions.map((title) => {
      const option = document.createElement('option');
      option.value = title;
      return option;
    }));
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    const typed = input.value.trim();
    if (typed.length < 2) {
      fill([]);
      return;
    }
    timer = setTimeout(() => {
      asked = typed;
      const url = new URL(input.dataset.suggest, window.location.href);
      url.searchParams.set('q', typed);
      url.searchParams.set('lang', document.documentElement.lang || 'sv');
      fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then((answer) => (answer.ok ? answer.json() : { suggestions: [] }))
        .then((body) => {
          if (asked === typed) {
            fill(body.suggestions || []);
          }
        })
        .catch(() => fill([]));
    }, DELAY_MS);
  });
});
