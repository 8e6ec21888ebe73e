// A plain Direct Line client, as a site's own code would use botframework-directlinejs outside Web Chat: opens the
// conversation a token is for, waits for the bot's first question, answers it, and waits for the reply to that answer.
// Prints { postedId, activities, webSocketFrames } as JSON.
// Usage: node directline-client.cjs <domain> <token> <websocket|polling> <answer>
'use strict';

// Node has no XMLHttpRequest, which DirectLineJS's requests use, nor (before Node 22) a WebSocket. The socket counts
// the frames it receives, so the caller can tell the activities came over the stream.
const WebSocketClient = require('ws');
let webSocketFrames = 0;
globalThis.XMLHttpRequest = require('xhr2');
globalThis.WebSocket = class extends WebSocketClient {
  constructor(...args) {
    super(...args);
    this.on('message', () => webSocketFrames++);
  }
};
const { DirectLine } = require('botframework-directlinejs');

const [domain, token, transport, answer] = process.argv.slice(2);
const directLine = new DirectLine({ domain, token, webSocket: transport === 'websocket', pollingInterval: 200 });
const activities = [];
let postedId;

const timeout = setTimeout(() => finish(1, `No reply to '${answer}' within 30 s; received ${JSON.stringify(activities)}`), 30000);

directLine.activity$.subscribe(
  activity => {
    activities.push(activity);
    if (postedId === undefined && activity.from.role === 'bot' && activity.suggestedActions) {
      postedId = null;
      directLine.postActivity({ type: 'message', from: { id: 'anyone', name: 'Node' }, text: answer }).subscribe(
        id => {
          postedId = id;
          finishOnReply();
        },
        error => finish(1, `Posting failed: ${error.message}`)
      );
    }
    finishOnReply();
  },
  error => finish(1, `The activity stream failed: ${error.message}`)
);

// Over a WebSocket the reply may arrive before the post has returned its id, so both ends look for it.
function finishOnReply() {
  if (postedId && activities.some(activity => activity.from.role === 'bot' && activity.replyToId === postedId)) {
    finish(0, JSON.stringify({ postedId, activities, webSocketFrames }));
  }
}

function finish(code, output) {
  clearTimeout(timeout);
  directLine.end();
  (code === 0 ? process.stdout : process.stderr).write(output + '\n');
  process.exit(code);
}
