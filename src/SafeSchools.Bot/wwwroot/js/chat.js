// Starts Web Chat against the bot's own Direct Line. Nothing is kept in localStorage or sessionStorage:
// a reload starts a new conversation.
(function () {
  'use strict';
  var status = document.getElementById('chat-status');
  var chat = document.getElementById('chat');
  var audience = document.body.getAttribute('data-audience') || 'young-person';
  var help = "If you're in danger right now, call 999. " +
    'You can also talk to Childline: call 0800 1111 or chat at https://www.childline.org.uk/get-support/1-2-1-counsellor-chat/';
  var failure = "Sorry, the chat couldn't start. " + help;
  var busy = 'Sorry, the chat is busy right now. Please try again in a minute. ' + help;
  var notSent = "Sorry, that message couldn't be sent. If you're in danger right now, call 999.";

  // The server says why it refused a message (too long, or the chat is full) in words meant for the person;
  // Web Chat only marks the message "Send failed", so the reason is shown as a notification above the send box.
  function reasonOf(action) {
    var response = action.payload && action.payload.response;
    if (typeof response === 'string') {
      try { response = JSON.parse(response); } catch (e) { response = null; }
    }
    return (response && response.error && typeof response.error.message === 'string') ? response.error.message : notSent;
  }

  function explainRefusals() {
    return function (next) {
      return function (action) {
        var result = next(action);
        if (action && action.type === 'DIRECT_LINE/POST_ACTIVITY_REJECTED') {
          next({ type: 'WEB_CHAT/SET_NOTIFICATION', payload: { id: 'send-refused', level: 'error', message: reasonOf(action) } });
        } else if (action && action.type === 'DIRECT_LINE/POST_ACTIVITY_FULFILLED') {
          next({ type: 'WEB_CHAT/DISMISS_NOTIFICATION', payload: { id: 'send-refused' } });
        }
        return result;
      };
    };
  }

  function start(token) {
    var directLine = window.WebChat.createDirectLine({
      token: token,
      domain: window.location.origin + '/v3/directline',
      webSocket: true
    });
    window.safeSchoolsChat = { end: function () { directLine.end(); } };

    var host = document.createElement('div');
    host.className = 'webchat';
    host.setAttribute('role', 'region');
    host.setAttribute('aria-label', 'Conversation');
    chat.appendChild(host);
    window.WebChat.renderWebChat({
      directLine: directLine,
      store: window.WebChat.createStore({}, explainRefusals),
      locale: 'en-GB',
      styleOptions: {
        bubbleBorderRadius: 8,
        bubbleFromUserBorderRadius: 8,
        primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
        suggestedActionLayout: 'flow',
        // The parents' topics are many: they scroll inside their own box, so the send box stays on the first screen.
        suggestedActionsFlowMaxHeight: '35vh',
        sendBoxTextWrap: true,
        hideUploadButton: true
      }
    }, host);
    status.textContent = 'Chat started.';
    status.className = 'skip-link';
  }

  fetch('/v3/directline/tokens/generate', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ audience: audience }),
    cache: 'no-store',
    credentials: 'omit'
  })
    .then(function (response) {
      if (response.status === 429 || response.status === 503) { throw new Error(busy); }
      if (!response.ok) { throw new Error(failure); }
      return response.json();
    })
    .then(function (conversation) { start(conversation.token); })
    .catch(function (error) { status.textContent = error && error.message === busy ? busy : failure; });
})();
