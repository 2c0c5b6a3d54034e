// Writes waiting in the phone's outbox (outbox.js) are sent from whatever page the person has open, not only from the
// page they were made on: a teacher who marked the register offline and then opened her home page must not leave the
// class's day unsent until she happens to reopen it (decision 0270). Each queue is still sent in order, one at a time
// across tabs, with its idempotency key, and only with the account that made it; the page that owns a queue sends it
// itself, with its rows and cards, so this script leaves that queue alone. What waits, what went, and what the server
// refused is said in one box at the top of the page, with a link to the page each waiting write belongs to.
import { allPending, drainer, formDataOf, drainWhenOnline, settleDraft, mustWait } from './outbox.js';

const box = document.querySelector('[data-outbox-owner]');

// The header each kind's endpoint answers with a fragment (the row or card) instead of the whole page.
const HEADERS = { attendance: { 'X-Requested-With': 'fetch' }, 'contact-book': { 'X-Sprout-Card': '1' } };
const PAGES = { attendance: 'diem-danh', 'contact-book': 'so-lien-lac' };

// A scope is "kind:account:class:yyyy-MM-dd".
const parts = (scope) => {
  const [kind, owner, classId, day] = scope.split(':');
  return { kind, owner, classId, day };
};

const pageOf = (scope) => {
  const { kind, classId, day } = parts(scope);
  return PAGES[kind] && /^\d+$/.test(classId) ? `/lop/${classId}/${PAGES[kind]}?ngay=${encodeURIComponent(day)}` : null;
};

if (box) {
  const owner = box.dataset.outboxOwner;
  const own = new Set([...document.querySelectorAll('[data-outbox]')].map((e) => e.dataset.outbox));
  const mine = (entry) => parts(entry.scope).owner === owner && !own.has(entry.scope);
  let sent = 0;
  const refusals = [];

  const line = (text, role) => {
    const p = document.createElement('p');
    p.className = role === 'alert' ? 'alert' : 'notice';
    if (role) p.setAttribute('role', role);
    p.textContent = text;
    return p;
  };

  const link = (href) => {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = box.dataset.open;
    return a;
  };

  const show = (waiting) => {
    const lines = [];
    if (waiting.length > 0) {
      const p = line(box.dataset.waiting.replace('{0}', String(waiting.length)));
      for (const page of new Set(waiting.map((e) => pageOf(e.scope)).filter(Boolean))) {
        p.append(' ', link(page));
      }
      lines.push(p);
    } else if (sent > 0) {
      lines.push(line(box.dataset.sent.replace('{0}', String(sent))));
    }
    for (const refusal of refusals) {
      const p = line(`${box.dataset.refusedHead} ${refusal.text}`, 'alert');
      if (refusal.page) p.append(' ', link(refusal.page));
      lines.push(p);
    }
    box.replaceChildren(...lines);
    box.hidden = lines.length === 0;
  };

  const waitingNow = async () => {
    try {
      return (await allPending()).filter(mine);
    } catch {
      return []; // No IndexedDB: nothing can be waiting.
    }
  };

  // One waiting write to the server: 'done' and 'drop' take it out of the outbox, 'keep' leaves it for later.
  const send = async (entry) => {
    if (!navigator.onLine) return 'keep';
    const kind = parts(entry.scope).kind;
    const response = await fetch(entry.url, {
      method: 'POST',
      body: formDataOf(entry),
      credentials: 'same-origin',
      headers: { ...(HEADERS[kind] ?? {}), 'Idempotency-Key': entry.key },
    });
    if (mustWait(response)) return 'keep';
    const html = new DOMParser().parseFromString(await response.text(), 'text/html');
    const target = entry.row ?? entry.card;
    const fresh = target ? html.getElementById(target) : null;
    if (response.ok && fresh) {
      if (entry.draft) settleDraft(entry.draft, entry);
      sent++;
      return 'done';
    }
    // Signed out meanwhile: the sign-in page came back instead of the row; it waits for the next sign-in.
    if (response.ok) return 'keep';
    const said = fresh?.querySelector('.att-message, .book-status .alert')?.textContent?.trim();
    refusals.push({ text: said || (response.status === 403 ? box.dataset.refused : box.dataset.notAccepted), page: pageOf(entry.scope) });
    return 'drop';
  };

  const drains = new Map();
  const drainAll = async () => {
    const waiting = await waitingNow();
    show(waiting);
    if (!navigator.onLine) return;
    for (const scope of new Set(waiting.map((e) => e.scope))) {
      if (!drains.has(scope)) drains.set(scope, drainer(scope, send, async () => show(await waitingNow())));
      await drains.get(scope)();
    }
    show(await waitingNow());
  };

  drainWhenOnline(() => drainAll());
  drainAll().finally(() => { box.dataset.ready = 'true'; });
}
