// Starts Web Chat against the bot's own Direct Line. Nothing is kept in localStorage or sessionStorage:
// a reload starts a new conversation.
(function () {
  'use strict';
  var status = document.getElementById('chat-status');
  var chat = document.getElementById('chat');
  var audience = document.body.getAttribute('data-audience') || 'young-person';
  var failure = "Sorry, the chat couldn't start. If you're in danger right now, call 999. " +
    'You can also talk to Childline: call 0800 1111 or chat at https://www.childline.org.uk/get-support/1-2-1-counsellor-chat/';

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
    .then(function (response) { if (!response.ok) { throw new Error('token'); } return response.json(); })
    .then(function (conversation) { start(conversation.token); })
    .catch(function () { status.textContent = failure; });
})();
