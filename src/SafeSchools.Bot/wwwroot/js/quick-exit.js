// Quick exit, after the GOV.UK "Exit this page" pattern: the button, or Shift pressed three times on its own, clears this
// page's conversation and replaces the location with a neutral site (it does not erase history). Inside the parents'
// widget it asks widget.js to take the school's page there too, and Escape asks widget.js to close the chat.
(function () {
  'use strict';
  var exitUrl = 'https://www.bbc.co.uk/weather';
  var inWidget = window.parent !== window;

  fetch('/web/config.json', { cache: 'no-store', credentials: 'omit' })
    .then(function (response) { return response.ok ? response.json() : null; })
    .then(function (config) { if (config && config.quickExitUrl) { exitUrl = config.quickExitUrl; } })
    .catch(function () { /* keep the default */ })
    .then(function () { document.documentElement.setAttribute('data-quick-exit', 'ready'); });

  // The message says nothing private, and only the sites allowed by frame-ancestors can embed this page,
  // so it goes to whichever origin the page around the widget has.
  function tellWidget(message) {
    window.parent.postMessage(message, '*');
  }

  function clearChat() {
    try { if (window.safeSchoolsChat) { window.safeSchoolsChat.end(); } } catch (e) { /* leaving anyway */ }
    document.title = 'Weather';
    document.body.innerHTML = '';
  }

  function exitNow() {
    clearChat();
    if (inWidget) {
      // Leaving would take only this frame away; widget.js takes the whole page, and this frame with it.
      tellWidget({ type: 'safeschools:quick-exit', url: exitUrl });
      return;
    }
    window.location.replace(exitUrl);
  }

  // GOV.UK Frontend's rule, so capitals never count: pressing Shift+I fires I's keyup with shiftKey set, then Shift's,
  // so a Shift keyup counts only when the keyup before it did not carry shiftKey. Any other key starts the count again,
  // and so does a gap of more than 5 seconds since the last press (GOV.UK restarts its 5-second timer on each press).
  function listenForShiftThreeTimes() {
    var presses = 0;
    var lastPressAt = 0;
    var lastKeyWasModified = false;

    // Listened for while the event comes down (capture), so no part of the chat that handles keys can swallow it.
    document.addEventListener('keyup', function (event) {
      if (event.key === 'Shift' && !lastKeyWasModified) {
        presses = event.timeStamp - lastPressAt > 5000 ? 1 : presses + 1;
        lastPressAt = event.timeStamp;
        if (presses >= 3) { presses = 0; exitNow(); }
      } else {
        presses = 0;
      }
      lastKeyWasModified = event.shiftKey;
    }, true);
  }

  // Web Chat uses Escape first (to leave a message in the transcript, or the suggested actions); only when it has not
  // does Escape close the widget.
  function listenForEscape() {
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !event.defaultPrevented) { tellWidget({ type: 'safeschools:close' }); }
    });
  }

  document.addEventListener('click', function (event) {
    if (event.target && event.target.id === 'quick-exit') { exitNow(); }
  });
  listenForShiftThreeTimes();
  if (inWidget) { listenForEscape(); }

  window.safeSchoolsQuickExit = exitNow;
})();
