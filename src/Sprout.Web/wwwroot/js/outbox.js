// The phone's outbox: a write the network could not carry (attendance taps, contact-book cards) waits here in
// IndexedDB with its idempotency key until it is answered, so a reload or a closed tab loses nothing and a write sent
// twice is done once on the server (decision 0230). One queue per page ("scope"), sent in the order it was filled.
const DB = 'sprout-outbox';
const STORE = 'entries';

let opening;
function open() {
  opening ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(STORE, { keyPath: 'id', autoIncrement: true });
      store.createIndex('scope', 'scope');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => { opening = undefined; reject(request.error); };
  });
  return opening;
}

async function run(mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    let result;
    Promise.resolve(work(tx.objectStore(STORE))).then((r) => { result = r; }, reject);
    tx.oncomplete = () => resolve(result);
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

const wait = (request) => new Promise((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});

/**
 * The server could not take the write now, so it waits: an error on its side (5xx), too many requests (429), or a
 * request it could not read (400: the session and its antiforgery cookie are gone, signed out meanwhile; it goes
 * after the next sign-in of the same account). A 403 or 422 is a refusal of the write itself and is not retried.
 */
export const mustWait = (response) => response.status >= 500 || response.status === 429 || response.status === 400;

/** A client-made key for one write (crypto.randomUUID needs a secure context; the fallback does not). */
export function newKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
}

/** A form's fields as [name, value] pairs: strings, and files as Blobs, which IndexedDB keeps. */
export function fieldsOf(form, submitter) {
  return [...new FormData(form, submitter)].filter(([, v]) => typeof v === 'string' || v.size > 0);
}

// The antiforgery token this page holds (every signed-in page has one, in the sign-out form). A queued entry's own
// token may predate a new sign-in of the same account, and would be refused; the entry's scope names its account,
// and only that account's entries are ever sent.
const TOKEN = '__RequestVerificationToken';
const currentToken = () => document.querySelector(`input[name=${TOKEN}]`)?.value;

export function formDataOf(entry) {
  const data = new FormData();
  const token = currentToken();
  for (const [name, value] of entry.fields) {
    if (name === TOKEN && token) data.append(name, token);
    else if (typeof value === 'string') data.append(name, value);
    else data.append(name, value, value.name || 'photo');
  }
  return data;
}

/** Adds a write to the end of the page's queue; resolves to the stored entry (with its id). */
export async function enqueue(entry) {
  const stored = { ...entry, queuedAt: new Date().toISOString() };
  stored.id = await run('readwrite', (store) => wait(store.add(stored)));
  return stored;
}

/** The page's waiting writes, oldest first. */
export function pending(scope) {
  return run('readonly', (store) => wait(store.index('scope').getAll(scope)))
    .then((all) => all.sort((a, b) => a.id - b.id));
}

/** Every waiting write on this phone, whatever its page, oldest first. */
export function allPending() {
  return run('readonly', (store) => wait(store.getAll())).then((all) => all.sort((a, b) => a.id - b.id));
}

/**
 * The draft kept in localStorage under draftKey goes once the server holds what it says; text typed after the save
 * was queued stays a draft. Returns true when the draft is kept.
 */
export function settleDraft(draftKey, entry) {
  let draft;
  try { draft = JSON.parse(localStorage.getItem(draftKey) ?? '{}'); } catch { draft = {}; }
  const sent = new Map(entry.fields.filter(([, v]) => typeof v === 'string'));
  if (Object.entries(draft).every(([name, value]) => (sent.get(name) ?? '').trim() === String(value).trim())) {
    localStorage.removeItem(draftKey);
    return false;
  }
  return true;
}

// One drain of a queue at a time across this phone's tabs too (the page's own script and another tab's
// outbox-anywhere.js): two senders could reorder two taps on one child. Web Locks exist only in a secure context.
const locked = (name, work) => (navigator.locks?.request ? navigator.locks.request(name, work) : work());

export function remove(id) {
  return run('readwrite', (store) => wait(store.delete(id)));
}

/**
 * Sends the page's queue in order, one at a time. send(entry) answers 'done' (remove it), 'drop' (the server refused
 * it: remove it) or 'keep' (no network or a server error: stop, try again later). A call while a drain is running asks
 * that drain to go round once more instead of sending in parallel, which could reorder two taps on one child.
 */
export function drainer(scope, send, changed) {
  let running = null;
  let again = false;
  const loop = async () => {
    do {
      again = false;
      for (const entry of await pending(scope)) {
        let verdict;
        try {
          verdict = await send(entry);
        } catch {
          verdict = 'keep';
        }
        if (verdict === 'keep') break;
        await remove(entry.id);
        await changed();
      }
    } while (again);
  };
  return () => {
    if (running) {
      again = true;
      return running;
    }
    // A broken IndexedDB must not break the page: what is queued stays, the next trigger tries again.
    running = locked(`sprout-outbox:${scope}`, loop).catch(() => {}).finally(() => { running = null; changed(); });
    return running;
  };
}

/** Asks the service worker to wake the open pages when the network is back (Background Sync, where supported). */
export async function askForSync() {
  try {
    const registration = await navigator.serviceWorker?.getRegistration();
    await registration?.sync?.register('sprout-outbox');
  } catch {
    // The online event and the next page load still send the queue.
  }
}

/** The network is down as far as fetch is concerned: a TypeError, or the browser knows it is offline. */
export const isNetworkFailure = (error) => error instanceof TypeError || !navigator.onLine;

/** Runs drain when the network comes back, when the service worker says so, and when the page becomes visible. */
export function drainWhenOnline(drain) {
  window.addEventListener('online', () => drain());
  navigator.serviceWorker?.addEventListener('message', (event) => {
    if (event.data === 'sprout-outbox-sync') drain();
  });
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && navigator.onLine) drain();
  });
}

/** Shows "N chưa gửi" from the element's data-template ({0} is the number); empty at zero, the live region stays. */
export function showCount(element, n) {
  if (!element) return;
  const text = n === 0 ? '' : element.dataset.template.replace('{0}', String(n));
  if (element.textContent !== text) element.textContent = text;
}
