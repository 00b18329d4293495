// Quick exit, after the GOV.UK "Exit this page" pattern: the button, or Shift pressed three times within 5 seconds,
// clears this page's conversation and replaces the location with a neutral site (it does not erase history).
(function () {
  'use strict';
  var exitUrl = 'https://www.bbc.co.uk/weather';
  var shiftPresses = [];

  fetch('/web/config.json', { cache: 'no-store', credentials: 'omit' })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (config) { if (config && config.quickExitUrl) { exitUrl = config.quickExitUrl; } })
    .catch(function () { /* keep the default */ })
    .then(function () { document.documentElement.setAttribute('data-quick-exit', 'ready'); });

  function exitNow() {
    try { if (window.safeSchoolsChat) { window.safeSchoolsChat.end(); } } catch (e) { /* leaving anyway */ }
    document.title = 'Weather';
    document.body.innerHTML = '';
    window.location.replace(exitUrl);
  }

  document.addEventListener('click', function (event) {
    if (event.target && event.target.id === 'quick-exit') { exitNow(); }
  });

  // Listened for while the event comes down (capture), so no part of the chat that handles keys can swallow it.
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift' || event.repeat) { return; }
    var now = Date.now();
    shiftPresses = shiftPresses.filter(function (t) { return now - t < 5000; });
    shiftPresses.push(now);
    if (shiftPresses.length >= 3) { exitNow(); }
  }, true);

  window.safeSchoolsQuickExit = exitNow;
})();
