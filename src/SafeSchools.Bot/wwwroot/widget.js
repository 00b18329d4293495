// The Safe Schools chat widget. Any site can add it:
//   <script src="https://<bot host>/widget.js" data-audience="parent" defer></script>
// It adds a chat button that opens the chat in an iframe served by the bot (nothing else is loaded or tracked).
// The chat's quick exit (its button, or Shift three times) takes this page to the neutral site too, not just the iframe.
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script) { return; }
  var origin = new URL(script.src).origin;
  var audience = script.getAttribute('data-audience') === 'parent' ? 'parent' : 'young-person';
  var label = script.getAttribute('data-label') || (audience === 'parent' ? 'Chat: worried about a child?' : 'Chat to Safe Schools');
  var page = origin + (audience === 'parent' ? '/parents.html' : '/') ;
  var neutralSite = 'https://www.bbc.co.uk/weather';

  // One named landmark holds everything the widget adds, so people who move by landmarks find the chat on any site.
  var widget = document.createElement('aside');
  widget.id = 'safeschools-widget';
  widget.setAttribute('aria-label', 'Safe Schools chat');

  var button = document.createElement('button');
  button.type = 'button';
  button.id = 'safeschools-widget-button';
  button.textContent = label;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', 'safeschools-widget-frame');
  button.style.cssText = 'position:fixed;right:1rem;bottom:1rem;z-index:2147483000;min-height:44px;padding:0.6rem 1rem;' +
    'font:700 1rem system-ui,sans-serif;color:#fff;background:#1d3f72;border:2px solid #fff;border-radius:999px;cursor:pointer;' +
    'box-shadow:0 2px 6px rgba(0,0,0,.4)';

  var frame = null;
  function open() {
    frame = document.createElement('iframe');
    frame.id = 'safeschools-widget-frame';
    frame.title = 'Safe Schools chat';
    frame.src = page;
    frame.setAttribute('referrerpolicy', 'no-referrer');
    frame.style.cssText = 'position:fixed;right:1rem;bottom:4.5rem;z-index:2147483000;width:min(26rem,calc(100vw - 2rem));' +
      'height:min(40rem,calc(100vh - 6rem));border:2px solid #1d3f72;border-radius:8px;background:#fff';
    widget.appendChild(frame);
    button.setAttribute('aria-expanded', 'true');
    frame.focus();
  }
  function close() {
    if (frame) { frame.remove(); frame = null; }
    button.setAttribute('aria-expanded', 'false');
    button.focus();
  }
  // Where the chat says its quick exit goes (the bot's Web:QuickExitUrl); never a script URL on this page.
  function exitUrl(url) {
    try {
      var parsed = new URL(url);
      return parsed.protocol === 'https:' || parsed.protocol === 'http:' || parsed.href === 'about:blank' ? parsed.href : neutralSite;
    } catch (e) {
      return neutralSite;
    }
  }
  function leave(url) {
    if (frame) { frame.remove(); frame = null; }
    document.title = 'Weather';
    document.body.innerHTML = '';
    window.location.replace(exitUrl(url));
  }
  function fromTheChat(event) {
    return frame !== null && event.origin === origin && event.source === frame.contentWindow && event.data !== null && typeof event.data === 'object';
  }

  button.addEventListener('click', function () { if (frame) { close(); } else { open(); } });
  // Escape inside the iframe reaches this page as a message (below); here it is Escape on the widget's own button.
  widget.addEventListener('keydown', function (event) { if (event.key === 'Escape' && frame) { close(); } });
  window.addEventListener('message', function (event) {
    if (!fromTheChat(event)) { return; }
    if (event.data.type === 'safeschools:quick-exit') { leave(event.data.url); }
    if (event.data.type === 'safeschools:close') { close(); }
  });
  widget.appendChild(button);
  document.body.appendChild(widget);
})();
