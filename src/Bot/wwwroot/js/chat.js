// Starts Microsoft's Web Chat against this app's own Direct Line surface (/v3/directline).
(function () {
  'use strict';

  var domain = window.location.origin + '/v3/directline';
  var accent = '#0b6e73';

  // Colours and shapes only: Web Chat keeps its own markup, focus handling and screen-reader text.
  var styleOptions = {
    accent: accent,
    primaryFont: '"Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif',
    botAvatarInitials: 'CC',
    botAvatarBackgroundColor: accent,
    userAvatarInitials: 'You',
    bubbleBorderRadius: 10,
    bubbleFromUserBorderRadius: 10,
    bubbleFromUserBackground: '#e3f1f1',
    bubbleFromUserBorderColor: '#b9d9da',
    bubbleFromUserBorderWidth: 1,
    bubbleBorderColor: '#d5dfe0',
    bubbleBorderWidth: 1,
    suggestedActionBorderRadius: 16,
    suggestedActionBorderColor: accent,
    suggestedActionTextColor: accent,
    sendBoxButtonColor: accent,
    // The coach takes no files: uploads invite patient documents, and the bot has nothing to do with them.
    hideUploadButton: true,
    sendBoxTextWrap: true
  };

  function showStatus(text) {
    var status = document.getElementById('status');
    status.textContent = text;
    status.hidden = false;
  }

  function start() {
    if (!window.WebChat) {
      showStatus('The chat could not load: Web Chat is not installed on this server. Run "npm ci" in src/Bot/WebChat, then restart.');
      return;
    }

    fetch(domain + '/tokens/generate', { method: 'POST' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(response.status === 401 || response.status === 403
            ? 'This server needs a Direct Line secret, so this page cannot start a chat by itself.'
            : 'The chat service answered ' + response.status + '.');
        }
        return response.json();
      })
      .then(function (body) {
        window.WebChat.renderWebChat({
          directLine: window.WebChat.createDirectLine({ domain: domain, token: body.token }),
          locale: navigator.language || 'en-US',
          role: 'main',
          styleOptions: styleOptions
        }, document.getElementById('webchat'));
      })
      .catch(function (error) {
        showStatus('The chat could not start. ' + (error && error.message ? error.message : ''));
      });
  }

  start();
}());
