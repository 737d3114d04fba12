'use strict';
// A second, independent client: Microsoft's botframework-directlinejs in polling mode (brief §7.1) holds a
// conversation with the bot through its Direct Line surface. Run by DirectLineJsClientTests.cs with
// DIRECTLINE_DOMAIN and DIRECTLINE_SECRET set; prints one JSON line describing what it saw, exits 0 on success.
global.XMLHttpRequest = require('xhr2'); // rxjs ajax needs XHR in Node
const { DirectLine, ConnectionStatus } = require('botframework-directlinejs');

const domain = process.env.DIRECTLINE_DOMAIN;
const secret = process.env.DIRECTLINE_SECRET;
const waitMs = Number(process.env.DIRECTLINE_WAIT_MS || 20000);

const seen = [];
const statuses = [];
let waiters = [];

const directLine = new DirectLine({
  domain,
  secret, // a secret means no token refresh loop
  webSocket: false,
  pollingInterval: 200,
  WebSocket: function NoWebSocket() { throw new Error('polling only'); }
});

directLine.connectionStatus$.subscribe((status) => statuses.push(ConnectionStatus[status]));
directLine.activity$.subscribe((activity) => {
  seen.push(activity);
  waiters = waiters.filter((waiter) => !waiter.offer(activity));
});

// Resolves with the first activity, already seen or still to come, that matches; fails after waitMs.
function waitFor(label, predicate) {
  const found = seen.find(predicate);
  if (found) {
    return Promise.resolve(found);
  }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timed out waiting for ' + label)), waitMs);
    waiters.push({
      offer(activity) {
        if (!predicate(activity)) {
          return false;
        }
        clearTimeout(timer);
        resolve(activity);
        return true;
      }
    });
  });
}

function post(text) {
  return new Promise((resolve, reject) => {
    directLine
      .postActivity({ type: 'message', from: { id: 'node-user' }, text, channelData: { clientActivityID: 'node-' + text } })
      .subscribe(resolve, reject);
  });
}

const fromBot = (activity) => activity.from && activity.from.role === 'bot' && activity.type === 'message';

async function main() {
  const welcome = await waitFor('the welcome', fromBot);
  const helpId = await post('help');
  const echo = await waitFor('the echo of help', (a) => a.id === helpId);
  const card = await waitFor('the help card', (a) => fromBot(a) && a.replyToId === helpId
    && (a.attachments || []).some((x) => x.contentType === 'application/vnd.microsoft.card.adaptive'));
  const offer = await waitFor('suggested actions', (a) => fromBot(a) && a.replyToId === helpId
    && a.suggestedActions && a.suggestedActions.actions.length > 0);
  const action = offer.suggestedActions.actions[0];
  const nextId = await post(action.value);
  const next = await waitFor('the reply to the suggested action', (a) => fromBot(a) && a.replyToId === nextId);

  process.stdout.write(JSON.stringify({
    conversationId: directLine.conversationId,
    statuses,
    welcome: welcome.text,
    echo: { id: echo.id, text: echo.text, role: echo.from.role, clientActivityID: echo.channelData && echo.channelData.clientActivityID },
    cardId: card.id,
    action: { title: action.title, value: action.value },
    next: { id: next.id, text: next.text || '', attachments: (next.attachments || []).length },
    watermark: directLine.watermark,
    count: seen.length
  }) + '\n');
}

main()
  .then(() => { directLine.end(); process.exit(0); })
  .catch((error) => {
    process.stderr.write(error.message + '\nstatuses: ' + statuses.join(',') + '\nseen: ' + seen.length + '\n');
    directLine.end();
    process.exit(1);
  });
