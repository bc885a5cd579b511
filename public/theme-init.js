// Runs before the first paint (a blocking same-origin script: the CSP allows it, inline code it
// would not) and applies a remembered theme choice, so that a page whose reader chose a theme
// other than the system's does not flash the wrong one. Without a choice, CSS follows
// prefers-color-scheme on its own. Keep the key and values in step with src/theme/theme.ts.
/* global window, document */
(function () {
  try {
    var choice = window.localStorage.getItem('line-of-contact-theme');
    if (choice === 'light' || choice === 'dark') document.documentElement.dataset.theme = choice;
  } catch {
    // Storage unavailable: the system theme applies.
  }
})();
