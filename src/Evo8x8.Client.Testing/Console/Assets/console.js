// The emulator's console: everything comes from this emulator (no CDN, no other host); every value is shown with
// textContent, never as HTML. Live events arrive by server-sent events from /console/api/events.
'use strict';

const api = '/console/api';
const state = { events: [], calls: new Map(), selected: null, evo: [], status: null };

const $ = id => document.getElementById(id);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

function say(message, isError) {
  const box = $('message');
  box.textContent = message || '';
  box.classList.toggle('error', Boolean(isError));
}

async function post(path, body) {
  const response = await fetch(api + path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body || {}),
  });
  const text = await response.text();
  let json = null;
  try { json = text ? JSON.parse(text) : null; } catch { json = null; }
  if (!response.ok) {
    say((json && json.error) || ('HTTP ' + response.status), true);
    throw new Error((json && json.error) || ('HTTP ' + response.status));
  }
  return json;
}

async function refreshStatus() {
  const response = await fetch(api + '/status');
  state.status = await response.json();
  $('clock').textContent = state.status.clock;
  $('take-all').checked = state.status.takesAllCalls;
  $('taken').textContent = state.status.takenDestinations.length ? 'Ringing here: ' + state.status.takenDestinations.join(', ') : '';
  const select = $('fault-route');
  if (!select.options.length) {
    for (const route of state.status.routes) {
      const option = el('option', null, route);
      option.value = route;
      select.appendChild(option);
    }
  }
}

function call(sessionId) {
  let entry = state.calls.get(sessionId);
  if (!entry) {
    entry = { sessionId, destination: '', subAccountId: '', source: '', status: 'CREATED', ringing: false, capture: null, onPhone: false, ended: false, display: '', events: [] };
    state.calls.set(sessionId, entry);
  }
  return entry;
}

function apply(event) {
  if (event.kind === 'Reset') {
    state.events = [];
    state.calls.clear();
    state.selected = null;
    state.evo = [];
  }

  state.events.push(event);
  if (event.kind === 'EvoSessions') {
    try { state.evo = JSON.parse(event.detail || '[]'); } catch { state.evo = []; }
  }

  if (!event.sessionId) return;
  const entry = call(event.sessionId);
  entry.events.push(event);
  if (event.destination) entry.destination = event.destination;
  if (event.subAccountId) entry.subAccountId = event.subAccountId;
  switch (event.kind) {
    case 'CallStarted':
      entry.status = 'DIALLING';
      break;
    case 'Ringing':
      entry.ringing = true;
      entry.onPhone = true;
      entry.status = 'RINGING';
      entry.display = 'Incoming call for ' + (entry.destination || 'you');
      state.selected = event.sessionId;
      break;
    case 'CalleeResponded':
      entry.ringing = false;
      if (event.summary.endsWith('Answer')) entry.status = 'CONNECTED';
      if (event.summary.indexOf('hung up') >= 0) entry.display = 'You hung up';
      break;
    case 'ActionPlayed':
      if (entry.onPhone) entry.display = '▶ ' + event.summary;
      break;
    case 'CaptureWaiting':
      entry.capture = event;
      if (entry.onPhone) entry.display = '▶ ' + event.summary + ' — use the keypad';
      break;
    case 'KeysCaptured':
      entry.capture = null;
      if (entry.onPhone) entry.display = event.summary;
      break;
    case 'CallEnded':
      entry.ended = true;
      entry.ringing = false;
      entry.capture = null;
      entry.status = (event.summary.split(' ').pop() || 'ENDED');
      break;
    default:
      break;
  }
}

function matches(entry) {
  const sub = $('filter-subaccount').value.trim();
  const session = $('filter-session').value.trim();
  const destination = $('filter-destination').value.trim().replace(/^\+/, '');
  return (!sub || (entry.subAccountId || '').includes(sub))
    && (!session || (entry.sessionId || '').includes(session))
    && (!destination || (entry.destination || '').replace(/^\+/, '').includes(destination));
}

function renderCalls() {
  const list = $('call-list');
  list.replaceChildren();
  const calls = [...state.calls.values()].filter(matches).reverse();
  $('no-calls').hidden = calls.length > 0;
  for (const entry of calls) {
    const item = el('li');
    item.dataset.session = entry.sessionId;
    if (entry.sessionId === state.selected) item.classList.add('selected');
    item.appendChild(el('span', 'call-status status-' + entry.status, entry.status));
    item.appendChild(el('div', 'call-destination', entry.destination || '(no destination)'));
    item.appendChild(el('div', 'muted small', entry.sessionId));
    item.addEventListener('click', () => { state.selected = entry.sessionId; render(); });
    list.appendChild(item);
  }
}

function renderTimeline() {
  const list = $('timeline-list');
  list.replaceChildren();
  const entry = state.selected ? state.calls.get(state.selected) : null;
  $('timeline-title').textContent = entry ? (entry.destination + ' · ' + entry.sessionId) : '(select a call)';
  if (!entry || !matches(entry)) return;
  for (const event of entry.events) {
    list.appendChild(renderEvent(event));
  }
}

function renderEvent(event) {
  const item = el('li', 'k-' + event.kind);
  item.dataset.kind = event.kind;
  item.appendChild(el('span', 'at', (event.at || '').replace('T', ' ').replace(/\.\d+/, '').replace('Z', '')));
  item.appendChild(el('span', 'kind', event.kind));
  item.appendChild(el('span', 'summary', event.summary));
  if (event.detail) {
    const details = el('details');
    details.appendChild(el('summary', 'muted small', 'detail'));
    let text = event.detail;
    try { text = JSON.stringify(JSON.parse(event.detail), null, 2); } catch { /* not JSON: shown as it is */ }
    details.appendChild(el('pre', null, text));
    item.appendChild(details);
  }

  if (event.kind === 'WebhookSent' && event.deliveryNumber) {
    const actions = el('div', 'actions');
    const replay = el('button', null, 'Replay');
    replay.type = 'button';
    replay.addEventListener('click', () => post('/deliveries/' + event.deliveryNumber + '/replay', { copies: 1 }).then(() => say('Replayed.')).catch(() => {}));
    const twice = el('button', null, 'Deliver twice');
    twice.type = 'button';
    twice.addEventListener('click', () => post('/deliveries/' + event.deliveryNumber + '/replay', { copies: 2 }).then(() => say('Delivered twice.')).catch(() => {}));
    actions.append(replay, twice);
    item.appendChild(actions);
  }

  return item;
}

function renderSide() {
  const evo = $('evo-list');
  evo.replaceChildren();
  const session = $('filter-session').value.trim();
  for (const s of state.evo.filter(s => !session || (s.id || '').includes(session))) {
    evo.appendChild(el('li', null, (s.id || '') + ' · ' + (s.callState || '') + ' · ' + (s.toAddress || s.destination || s.fromAddress || '')));
  }

  const refusals = $('refusal-list');
  refusals.replaceChildren();
  for (const event of state.events.filter(e => e.kind === 'Refused').slice(-20).reverse()) {
    refusals.appendChild(el('li', null, event.summary));
  }

  const requests = $('request-list');
  requests.replaceChildren();
  for (const event of state.events.filter(e => e.kind === 'Request' && (!session || (e.sessionId || '').includes(session))).slice(-30).reverse()) {
    const item = renderEvent(event);
    requests.appendChild(item);
  }
}

function phoneCall() {
  const selected = state.selected ? state.calls.get(state.selected) : null;
  if (selected && selected.onPhone) return selected;
  const live = [...state.calls.values()].filter(c => c.onPhone && !c.ended);
  return live.length ? live[live.length - 1] : (selected && selected.onPhone ? selected : null);
}

function renderPhone() {
  const current = phoneCall();
  const phone = $('phone');
  phone.className = 'phone ' + (!current || current.ended ? 'idle' : current.ringing ? 'ringing' : 'connected');
  phone.dataset.session = current ? current.sessionId : '';
  $('phone-status').textContent = !current ? 'No call'
    : current.ended ? 'Call ended: ' + current.status
    : current.ringing ? 'Ringing: ' + current.destination
    : 'On a call with the app · ' + current.destination;
  $('phone-display').textContent = current ? current.display : '';
  const ringing = Boolean(current && current.ringing && !current.ended);
  for (const id of ['btn-answer', 'btn-reject', 'btn-busy', 'btn-no-answer']) $(id).disabled = !ringing;
  const capturing = Boolean(current && current.capture && !current.ended);
  for (const key of document.querySelectorAll('#keypad button')) key.disabled = !capturing;
  $('btn-hang-up').disabled = !current || current.ended || current.ringing;
}

let pending = false;
function render() {
  if (pending) return;
  pending = true;
  requestAnimationFrame(() => {
    pending = false;
    renderCalls();
    renderTimeline();
    renderSide();
    renderPhone();
  });
}

function connect() {
  const source = new EventSource(api + '/events');
  source.onopen = () => { $('live').textContent = 'live'; $('live').classList.remove('off'); };
  source.onerror = () => { $('live').textContent = 'reconnecting…'; $('live').classList.add('off'); };
  source.onmessage = message => {
    const event = JSON.parse(message.data);
    apply(event);
    if (event.kind === 'Control' || event.kind === 'Reset') refreshStatus().catch(() => {});
    else if (event.at && state.status && event.at > state.status.clock) { /* a call's own time runs ahead of the clock: keep the clock */ }
    render();
  };
}

function onPhone(action) {
  const current = phoneCall();
  if (!current) return Promise.resolve();
  return post('/calls/' + encodeURIComponent(current.sessionId) + '/' + action, {}).catch(() => {});
}

function wire() {
  for (const button of document.querySelectorAll('[data-advance]')) {
    button.addEventListener('click', () => post('/clock/advance', { seconds: Number(button.dataset.advance) }).then(status => {
      $('clock').textContent = status.clock;
      say('Clock advanced to ' + status.clock);
    }).catch(() => {}));
  }

  $('reset').addEventListener('click', () => post('/reset').then(() => say('Reset.')).catch(() => {}));
  $('export').addEventListener('click', async () => {
    const response = await fetch(api + '/state');
    const blob = new Blob([await response.text()], { type: 'application/json' });
    const link = el('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'evo8x8-emulator-state.json';
    document.body.appendChild(link);
    link.click();
    link.remove();
    say('State exported.');
  });
  $('import').addEventListener('change', async () => {
    const file = $('import').files[0];
    if (!file) return;
    const text = await file.text();
    const response = await fetch(api + '/state', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: text });
    const json = await response.json().catch(() => ({}));
    say(response.ok ? 'State imported.' : (json.error || 'Import failed'), !response.ok);
    $('import').value = '';
  });

  for (const input of document.querySelectorAll('#filters input')) input.addEventListener('input', render);
  $('filters').addEventListener('submit', e => e.preventDefault());

  $('take-all').addEventListener('change', () => post('/callee', { all: $('take-all').checked }).then(refreshStatus).catch(() => {}));
  $('take-form').addEventListener('submit', e => {
    e.preventDefault();
    const destination = $('take-destination').value.trim();
    if (destination) post('/callee', { destination }).then(refreshStatus).then(() => say('Calls to ' + destination + ' ring here.')).catch(() => {});
  });

  $('btn-answer').addEventListener('click', () => onPhone('answer'));
  $('btn-reject').addEventListener('click', () => onPhone('reject'));
  $('btn-busy').addEventListener('click', () => onPhone('busy'));
  $('btn-no-answer').addEventListener('click', () => onPhone('no-answer'));
  $('btn-hang-up').addEventListener('click', () => onPhone('hang-up'));
  for (const key of document.querySelectorAll('#keypad button')) {
    key.addEventListener('click', () => {
      const current = phoneCall();
      if (current) post('/calls/' + encodeURIComponent(current.sessionId) + '/keys', { keys: key.dataset.key }).catch(() => {});
    });
  }

  $('fault-form').addEventListener('submit', e => {
    e.preventDefault();
    const route = $('fault-route').value;
    const body = $('fault-drop').checked ? { route, dropConnection: true } : { route, status: Number($('fault-status').value) };
    post('/faults', body).then(() => say('The next ' + route + ' request is faulted.')).catch(() => {});
  });
}

wire();
refreshStatus().catch(() => say('The emulator does not answer.', true));
connect();
render();
