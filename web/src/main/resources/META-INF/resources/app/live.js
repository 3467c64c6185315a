// Keeps a screen's figures fresh. Today a timer asks again every 30 s; the review stream
// (GET /api/v1/reviews/stream, Server-Sent Events) does not exist yet. A screen only hands over its
// `refresh` function, so an EventSource-based source can replace `polling` without touching the screens.

export const REFRESH_MS = 30_000;

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
