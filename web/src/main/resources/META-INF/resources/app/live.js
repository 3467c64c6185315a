// Keeps a screen's figures fresh. `following` reads review-service's live variance stream
// (GET /api/v1/reviews/stream, Server-Sent Events) and refreshes the screen when the owner's variance
// changes; while the stream cannot be had (an older server answers 404, an instance at its limit 503, the
// network is gone) a timer asks again every 30 s (`polling`) and the stream is tried again. A browser's
// EventSource cannot send the Authorization header, so the stream is read with fetch() and a body reader.
import { authorization } from './api.js';

export const REFRESH_MS = 30_000;
/** Waits before connecting the stream again: after it ended (at once, almost) and after failures. */
const RECONNECT_MS = [1000, 5000, 15000, 30000];

/** Calls refresh now and every `every` ms while the page is visible; stop() ends it. */
export function polling(refresh, every = REFRESH_MS) {
  let timer = null;
  let stopped = false;
  let settling = [];
  const schedule = () => {
    clearTimeout(timer);
    if (!stopped) timer = setTimeout(run, every);
  };
  const run = async () => {
    if (stopped) return;
    if (document.visibilityState === 'visible') {
      try { await refresh(); } catch (e) { /* the screen shows its own problem */ }
    }
    schedule();
  };
  const onVisible = () => { if (document.visibilityState === 'visible') run(); };
  document.addEventListener('visibilitychange', onVisible);
  run();
  return {
    now: run,
    /**
     * After a change of ours: the read model applies events a moment later, so ask again soon a few times
     * instead of waiting for the next round.
     */
    settle() {
      settling.forEach(clearTimeout);
      settling = [1000, 2500, 5000, 10000].map((ms) => setTimeout(() => { if (!stopped) refresh().catch(() => {}); }, ms));
      return run();
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      settling.forEach(clearTimeout);
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
}

/**
 * Calls refresh now and whenever the variance stream at streamPath() says the owner's variance changed
 * (streamPath is asked again at each connect, and now() reconnects when it changed, e.g. another team).
 * Falls back to polling while the stream is unavailable; a hidden page holds no stream. Same controls as
 * polling: now(), settle(), stop().
 */
export function following(refresh, streamPath, every = REFRESH_MS) {
  let stopped = false;
  let fallback = null;
  let controller = null;
  let connectedPath = null;
  let reconnect = null;
  let failures = 0;
  let settling = [];
  let pending = null;

  const visible = () => document.visibilityState === 'visible';
  const run = async () => {
    if (stopped || !visible()) return;
    try { await refresh(); } catch (e) { /* the screen shows its own problem */ }
  };
  // several changes in a row are one refresh
  const changed = () => {
    if (pending) return;
    pending = setTimeout(() => { pending = null; run(); }, 250);
  };
  const poll = (on) => {
    if (on && !fallback) fallback = polling(refresh, every);
    if (!on && fallback) { fallback.stop(); fallback = null; }
  };
  const disconnect = () => {
    clearTimeout(reconnect);
    if (controller) controller.abort();
    controller = null;
    connectedPath = null;
  };
  const retry = (ms) => {
    clearTimeout(reconnect);
    if (!stopped) reconnect = setTimeout(connect, ms);
  };

  /** skipFirst: the screen has just been refreshed, so the stream's opening event (the current rows) is not news. */
  async function connect(skipFirst = false) {
    if (stopped || !visible()) return;
    disconnect();
    const path = streamPath();
    const mine = new AbortController();
    controller = mine;
    connectedPath = path;
    let skip = skipFirst;
    try {
      const response = await fetch(path, { headers: { Accept: 'text/event-stream', ...authorization() }, signal: mine.signal });
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      poll(false);
      failures = 0;
      await readEvents(response.body, (event) => {
        if (event !== 'variance') return;
        if (skip) { skip = false; return; }
        changed();
      });
      // ended: the instance shut down or the token expired; the next connection's first event brings the news
      if (controller === mine && !stopped) retry(RECONNECT_MS[0]);
    } catch (e) {
      if (controller !== mine || stopped) return; // aborted by us
      poll(true);
      retry(RECONNECT_MS[Math.min(++failures, RECONNECT_MS.length - 1)]);
    }
  }

  const onVisible = () => {
    if (visible()) { run(); connect(true); } else disconnect();
  };
  document.addEventListener('visibilitychange', onVisible);
  run();
  connect(true);
  return {
    now() {
      if (streamPath() !== connectedPath) connect(true);
      return run();
    },
    /** After a change of ours: the stream tells when the read model has it; a few asks cover what it does not follow. */
    settle() {
      settling.forEach(clearTimeout);
      settling = [1000, 2500, 5000, 10000].map((ms) => setTimeout(() => { if (!stopped) refresh().catch(() => {}); }, ms));
      return run();
    },
    stop() {
      stopped = true;
      disconnect();
      poll(false);
      clearTimeout(pending);
      settling.forEach(clearTimeout);
      document.removeEventListener('visibilitychange', onVisible);
    },
  };
}

/** Reads a text/event-stream body and hands each event's name to onEvent; comments (heartbeats) are skipped. */
async function readEvents(body, onEvent) {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += decoder.decode(value, { stream: true });
    const blocks = buffer.split(/\r?\n\r?\n/);
    buffer = blocks.pop();
    for (const block of blocks) {
      let name = null;
      let data = false;
      for (const line of block.split(/\r?\n/)) {
        if (line.startsWith('event:')) name = line.slice(6).trim();
        else if (line.startsWith('data:')) data = true;
      }
      if (data) onEvent(name || 'message');
    }
  }
}
