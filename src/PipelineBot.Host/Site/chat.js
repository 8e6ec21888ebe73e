// The sales chat on the website: the unmodified Web Chat, connected to this host's own Direct Line endpoint with a
// token the host's server hands out, so the site's Direct Line secret never reaches the browser. The token binds a
// new visitor id, which Web Chat reads from it.
(async () => {
  'use strict';

  const locale = navigator.language || 'en-US';
  const requests = document.querySelectorAll('[data-event]');

  let token;
  try {
    const response = await fetch(new URL('webchat/token', document.baseURI), { method: 'POST' });
    if (!response.ok) {
      throw new Error(`The token endpoint answered ${response.status}.`);
    }
    ({ token } = await response.json());
  } catch (error) {
    document.getElementById('chat-unavailable').hidden = false;
    throw error;
  }

  const directLine = window.WebChat.createDirectLine({
    domain: new URL('v3/directline', document.baseURI).href,
    token,
    webSocket: true,
    // The bot greets the visitor before they type anything, so it needs their language when the conversation opens.
    conversationStartProperties: { locale }
  });

  // The request buttons post events, which Web Chat can only send once Direct Line is connected.
  const store = window.WebChat.createStore({}, () => next => action => {
    if (action.type === 'DIRECT_LINE/CONNECT_FULFILLED') {
      requests.forEach(button => (button.disabled = false));
    }
    return next(action);
  });

  // Web Chat stamps every activity with the visitor's locale and IANA time zone (localTimezone), so the bot offers
  // meeting times on the visitor's own clock.
  window.WebChat.renderWebChat(
    {
      directLine,
      store,
      locale,
      styleOptions: {
        accent: '#0b5cad',
        botAvatarInitials: 'PB',
        hideUploadButton: true,
        suggestedActionLayout: 'flow'
      }
    },
    document.getElementById('webchat')
  );

  requests.forEach(button =>
    button.addEventListener('click', () =>
      store.dispatch({
        type: 'WEB_CHAT/SEND_EVENT',
        payload: { name: button.dataset.event, value: { page: location.pathname } }
      })
    )
  );
})();
