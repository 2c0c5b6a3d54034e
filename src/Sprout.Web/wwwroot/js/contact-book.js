// The class contact book on a phone: each child's card saves on its own (fetch) and only that card is replaced, so
// the text typed in the other cards stays; what is typed is kept as a draft in localStorage until it is saved.
// Every save goes through the phone's outbox (outbox.js) with its own idempotency key: with the network down it waits
// there, the card says "Chưa gửi", and it is sent in order when the network returns (decision 0230).
// Without JavaScript each card is still a plain form (see decision 0200).
import { newKey, fieldsOf, formDataOf, enqueue, pending, drainer, askForSync, drainWhenOnline, showCount, settleDraft, mustWait } from './outbox.js';
import { shrinkInputs } from './photo-shrink.js';

const list = document.querySelector('[data-contact-book]');
if (list) {
  const scope = `sprout-cb:${list.dataset.contactBook}:`;
  // Per account: on a shared phone one teacher's waiting cards are never sent with another's sign-in.
  const outboxScope = list.dataset.outbox;
  const counter = document.querySelector('[data-outbox-count]');
  const dirty = new Set();
  const key = card => scope + card.dataset.child;
  const fields = form => [...form.querySelectorAll('textarea, input:not([type=file]):not([type=hidden]), select')];

  const status = (card, text, error) => {
    const box = card.querySelector('.book-status');
    box.replaceChildren();
    if (text) {
      const span = document.createElement('span');
      span.className = error ? 'alert' : 'notice';
      span.textContent = text;
      box.append(span);
    }
  };

  // Only the fields the teacher touched: a draft must not undo a later "same for the whole class".
  const saveDraft = (card, field) => {
    let draft = {};
    try { draft = JSON.parse(localStorage.getItem(key(card)) ?? '{}'); } catch { /* a broken draft is replaced */ }
    draft[field.name] = field.value;
    localStorage.setItem(key(card), JSON.stringify(draft));
    if (!dirty.has(card.dataset.child)) {
      dirty.add(card.dataset.child);
      status(card, list.dataset.unsaved, false);
    }
  };

  const restore = (card, quiet) => {
    const saved = localStorage.getItem(key(card));
    if (!saved) return;
    let draft;
    try { draft = JSON.parse(saved); } catch { localStorage.removeItem(key(card)); return; }
    const form = card.querySelector('form');
    for (const f of fields(form)) {
      if (Object.hasOwn(draft, f.name)) f.value = draft[f.name];
    }
    if (draft.hygiene || draft.activities) form.querySelector('details')?.setAttribute('open', '');
    dirty.add(card.dataset.child);
    if (!quiet) status(card, list.dataset.draftRestored, false);
  };

  // The draft goes once the server holds what it says; text typed after the save was queued stays a draft.
  const settleCardDraft = (card, entry) => {
    if (settleDraft(key(card), entry)) return true;
    dirty.delete(card.dataset.child);
    return false;
  };

  const queuedBadge = () => {
    const badge = document.createElement('span');
    badge.className = 'badge badge-warning queued-badge';
    badge.innerHTML = '<svg class="icon" aria-hidden="true" focusable="false"><use href="/icons/sprite.svg#i-clock"></use></svg>';
    badge.append(list.dataset.queued);
    return badge;
  };

  const showQueue = entries => {
    const waiting = new Set(entries.map(e => e.card));
    for (const card of list.querySelectorAll('[data-child]')) {
      const queued = waiting.has(card.id);
      card.classList.toggle('queued', queued);
      const badge = card.querySelector('.queued-badge');
      if (queued && !badge) {
        card.querySelector('h2').append(' ', queuedBadge());
        if (!card.querySelector('.book-status .photo-note')) status(card, list.dataset.queuedCard, false);
      } else if (!queued && badge) {
        badge.remove();
      }
    }
    showCount(counter, entries.length);
  };

  // One queued card to the server. 'done' and 'drop' take it out of the outbox, 'keep' leaves it (and those after it).
  const send = async entry => {
    if (!navigator.onLine) return 'keep';
    const response = await fetch(entry.url, {
      method: 'POST', body: formDataOf(entry), credentials: 'same-origin',
      headers: { 'X-Sprout-Card': '1', 'Idempotency-Key': entry.key },
    });
    if (mustWait(response)) return 'keep';
    const card = document.getElementById(entry.card);
    const html = new DOMParser().parseFromString(await response.text(), 'text/html');
    const fresh = html.getElementById(entry.card);
    if (!fresh) {
      // Signed out meanwhile (the sign-in page came back): the card waits for the next sign-in.
      if (response.ok) return 'keep';
      if (card) status(card, response.status === 403 ? list.dataset.refused : list.dataset.notAccepted, true);
      return 'drop';
    }
    const keepDraft = response.ok && card ? settleCardDraft(card, entry) : true;
    if (card) {
      const node = document.importNode(fresh, true);
      card.replaceWith(node);
      wire(node);
      if (keepDraft) restore(node, true);
    }
    return response.ok ? 'done' : 'drop';
  };

  let drain = () => Promise.resolve();
  let retry;
  const refresh = async () => {
    let entries = [];
    try { entries = await pending(outboxScope); } catch { /* no IndexedDB: nothing waits */ }
    for (const button of list.querySelectorAll('button[data-sending]')) {
      button.disabled = false;
      button.removeAttribute('data-sending');
    }
    showQueue(entries);
    clearTimeout(retry);
    if (entries.length > 0 && navigator.onLine) retry = setTimeout(() => drain(), 30_000);
  };
  drain = drainer(outboxScope, send, refresh);

  const wire = card => {
    const form = card.querySelector('form');
    const typed = e => { if (e.target.name && e.target.type !== 'file') saveDraft(card, e.target); };
    form.addEventListener('input', typed);
    form.addEventListener('change', typed);
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const button = form.querySelector('button[type=submit]');
      // The photo waits in the outbox and crosses the network at the size the server keeps, not the camera's.
      await shrinkInputs(form);
      const entry = { scope: outboxScope, card: card.id, draft: key(card), url: location.href, fields: fieldsOf(form), key: newKey() };
      if (navigator.onLine) {
        button.disabled = true;
        button.dataset.sending = 'true';
      }
      try {
        await enqueue(entry);
      } catch (error) {
        if (error?.name === 'DataCloneError' || entry.fields.some(([, v]) => typeof v !== 'string')) {
          // This browser cannot keep the photo for later: the text waits, the photo must be chosen again.
          entry.fields = entry.fields.filter(([, v]) => typeof v === 'string');
          try {
            await enqueue(entry);
            status(card, list.dataset.photoNotQueued, true);
            card.querySelector('.book-status span')?.classList.add('photo-note');
          } catch {
            entry.fields = null;
          }
        } else {
          entry.fields = null;
        }
        if (!entry.fields) {
          // No IndexedDB at all: sent at once, as before there was an outbox.
          entry.fields = fieldsOf(form);
          try {
            if ((await send(entry)) === 'keep') throw new Error('not sent');
          } catch {
            button.disabled = false;
            status(card, list.dataset.failed, true);
          }
          return;
        }
      }
      if (!navigator.onLine) askForSync();
      await drain();
    });
  };

  for (const card of list.querySelectorAll('[data-child]')) {
    restore(card);
    wire(card);
  }
  drainWhenOnline(() => drain());
  refresh().then(() => {
    list.dataset.enhanced = 'true';
    if (navigator.onLine) drain();
  });

  // Plain forms (the day, the whole class) reload the page; the drafts survive that, so no warning is needed.
  let leavingByForm = false;
  for (const form of document.querySelectorAll('form[data-plain-submit], form[method=get]')) {
    form.addEventListener('submit', () => { leavingByForm = true; });
  }
  window.addEventListener('beforeunload', e => {
    if (dirty.size > 0 && !leavingByForm) {
      e.preventDefault();
      e.returnValue = '';
    }
  });
}
