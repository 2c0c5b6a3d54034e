// The class contact book on a phone: each child's card saves on its own (fetch) and only that card is replaced, so
// the text typed in the other cards stays; what is typed is kept as a draft in localStorage until it is saved.
// Without JavaScript each card is still a plain form (see decision 0200).
const list = document.querySelector('[data-contact-book]');
if (list) {
  const scope = `sprout-cb:${list.dataset.contactBook}:`;
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

  const restore = card => {
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
    status(card, list.dataset.draftRestored, false);
  };

  const wire = card => {
    const form = card.querySelector('form');
    const typed = e => { if (e.target.name && e.target.type !== 'file') saveDraft(card, e.target); };
    form.addEventListener('input', typed);
    form.addEventListener('change', typed);
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const button = form.querySelector('button[type=submit]');
      button.disabled = true;
      try {
        const response = await fetch(location.href, {
          method: 'POST', body: new FormData(form), credentials: 'same-origin', headers: { 'X-Sprout-Card': '1' },
        });
        const html = new DOMParser().parseFromString(await response.text(), 'text/html');
        const fresh = html.getElementById(card.id);
        if (!fresh) throw new Error(`no card in the answer (${response.status})`);
        if (response.ok) {
          localStorage.removeItem(key(card));
          dirty.delete(card.dataset.child);
        }
        const node = document.importNode(fresh, true);
        card.replaceWith(node);
        wire(node);
      } catch {
        button.disabled = false;
        status(card, list.dataset.failed, true);
      }
    });
  };

  for (const card of list.querySelectorAll('[data-child]')) {
    restore(card);
    wire(card);
  }

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
