// The teacher's attendance page: a tap on a row's button posts that row's form with fetch and swaps in the row the
// server sends back, so the page neither reloads nor moves. Without this script the same forms post normally and the
// server redirects back to the page at the row. Every tap goes through the phone's outbox (outbox.js) with its own
// idempotency key: when the network is down it waits there, the row shows what was tapped with "Chưa gửi", and it is
// sent, in order, when the network returns (decision 0230).
import { newKey, fieldsOf, formDataOf, enqueue, pending, drainer, askForSync, drainWhenOnline, showCount, mustWait } from './outbox.js';

const list = document.querySelector("[data-attendance]");
const live = document.querySelector("[data-live]");
const counter = document.querySelector("[data-outbox-count]");

function say(text) {
  if (live) {
    live.textContent = text;
  }
}

// The counts and the late list are recomputed from the rows' own data, so they follow every swap.
function refreshSummary() {
  for (const count of document.querySelectorAll("[data-count]")) {
    const states = count.dataset.count.split(",");
    count.textContent = String(states.reduce((n, s) => n + list.querySelectorAll(`[data-state="${s}"]`).length, 0));
  }
  const names = document.querySelector("[data-late-names]");
  if (names) {
    const late = [...list.querySelectorAll("[data-late]")].map((row) => row.dataset.name);
    names.textContent = late.length ? late.join(", ") : list.dataset.noneLate;
  }
}

const field = (entry, name) => entry.fields.find(([n]) => n === name)?.[1];

// What the row will be once the server has the tap: shown at once when the tap has to wait.
function intended(entry) {
  switch (field(entry, "action")) {
    case "in": return { state: "present", label: list.dataset.labelPresent };
    case "out": return { state: "left", label: list.dataset.labelLeft };
    case "absent": return { state: "absent", label: field(entry, "excused") === "true" ? list.dataset.labelAbsentExcused : list.dataset.labelAbsentUnexcused };
    default: return null;
  }
}

function queuedBadge() {
  const badge = document.createElement("span");
  badge.className = "badge badge-warning queued-badge";
  badge.innerHTML = '<svg class="icon" aria-hidden="true" focusable="false"><use href="/icons/sprite.svg#i-clock"></use></svg>';
  badge.append(list.dataset.queued);
  return badge;
}

// Puts back what the server last said on a row marked as waiting (its tap has left the outbox without a new row).
function unmark(row) {
  row.classList.remove("queued", `state-${row.dataset.state}`);
  row.dataset.state = row.dataset.serverState;
  row.classList.add(`state-${row.dataset.state}`);
  row.querySelector(".queued-badge")?.remove();
  const badge = row.querySelector(".att-head .badge");
  badge.className = row.dataset.serverBadgeClass;
  badge.textContent = row.dataset.serverBadge;
  for (const toggle of row.querySelectorAll(".toggle")) {
    toggle.setAttribute("aria-pressed", toggle.dataset.serverPressed);
    toggle.disabled = toggle.dataset.serverDisabled === "true";
  }
}

// Marks the rows whose taps wait in the outbox with their last tapped state and "Chưa gửi"; rows the server has since
// answered are already fresh from it.
function showQueue(entries) {
  for (const row of list.querySelectorAll("li.queued")) {
    unmark(row);
  }
  const last = new Map();
  for (const entry of entries) {
    last.set(entry.row, entry);
  }
  for (const [rowId, entry] of last) {
    const row = document.getElementById(rowId);
    const goal = intended(entry);
    if (!row || !goal) continue;
    const badge = row.querySelector(".att-head .badge");
    row.dataset.serverState = row.dataset.state;
    row.dataset.serverBadge = badge.textContent;
    row.dataset.serverBadgeClass = badge.className;
    row.classList.remove(`state-${row.dataset.state}`);
    row.classList.add("queued", `state-${goal.state}`);
    row.dataset.state = goal.state;
    badge.className = `badge badge-${goal.state}`;
    badge.textContent = goal.label;
    row.querySelector(".att-head").append(queuedBadge());
    for (const toggle of row.querySelectorAll(".toggle")) {
      toggle.dataset.serverPressed = toggle.getAttribute("aria-pressed");
      toggle.dataset.serverDisabled = String(toggle.disabled);
      const mine = (toggle.classList.contains("toggle-present") && goal.state === "present")
        || (toggle.classList.contains("toggle-absent") && goal.state === "absent");
      toggle.setAttribute("aria-pressed", mine ? "true" : "false");
      toggle.disabled = mine;
    }
  }
  refreshSummary();
  showCount(counter, entries.length);
}

function note(row, text) {
  row.querySelector(".att-message")?.remove();
  const p = document.createElement("p");
  p.className = "alert att-message";
  p.setAttribute("role", "alert");
  p.textContent = text;
  row.querySelector(".att-head").after(p);
  say(text);
}

// One queued tap to the server. 'done' and 'drop' take it out of the outbox, 'keep' leaves it (and those after it).
async function send(entry) {
  if (!navigator.onLine) return "keep";
  const response = await fetch(entry.url, {
    method: "POST",
    body: formDataOf(entry),
    headers: { "X-Requested-With": "fetch", "Idempotency-Key": entry.key },
    credentials: "same-origin",
  });
  const row = document.getElementById(entry.row);
  if (response.ok || response.status === 422) {
    const template = document.createElement("template");
    template.innerHTML = (await response.text()).trim();
    const fresh = template.content.querySelector("li");
    // Signed out meanwhile: the sign-in page came back instead of the row; the tap waits for the next sign-in.
    if (!fresh) return "keep";
    if (row) {
      const y = window.scrollY;
      row.replaceWith(fresh);
      const message = fresh.querySelector(".att-message");
      say(message ? message.textContent : "");
      window.scrollTo(window.scrollX, y);
    }
    return response.ok ? "done" : "drop";
  }
  if (mustWait(response)) return "keep";
  // Refused (403, or a form the server no longer takes): it would be refused again, so it leaves the outbox, loudly.
  if (row) {
    if (row.classList.contains("queued")) unmark(row);
    note(row, response.status === 403 ? list.dataset.refused : list.dataset.notAccepted);
  }
  return "drop";
}

if (list) {
  // Per account, class and day: on a shared phone one teacher's waiting taps are never sent with another's sign-in.
  const scope = list.dataset.outbox;
  let retry;
  let drain = () => Promise.resolve();
  const refresh = async () => {
    let entries = [];
    try {
      entries = await pending(scope);
    } catch {
      // No IndexedDB: nothing can be waiting.
    }
    for (const row of list.querySelectorAll("li[aria-busy]")) {
      row.removeAttribute("aria-busy");
    }
    showQueue(entries);
    clearTimeout(retry);
    // A server error (not the network) leaves taps waiting while online: try again in a while.
    if (entries.length > 0 && navigator.onLine) retry = setTimeout(() => drain(), 30_000);
  };
  drain = drainer(scope, send, refresh);

  list.addEventListener("submit", async (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-row-form")) {
      return;
    }
    event.preventDefault();
    const row = form.closest("li");
    const entry = { scope, row: row.id, url: form.getAttribute("action"), fields: fieldsOf(form, event.submitter), key: newKey() };
    if (navigator.onLine) row.setAttribute("aria-busy", "true");
    try {
      await enqueue(entry);
    } catch {
      // No IndexedDB (a private window in some browsers): sent at once, as before there was an outbox.
      try {
        if ((await send(entry)) === "keep") say(list.dataset.failed);
      } catch {
        say(list.dataset.failed);
      }
      row.removeAttribute("aria-busy");
      return;
    }
    if (!navigator.onLine) askForSync();
    await drain();
  });

  drainWhenOnline(() => drain());
  // Taps left waiting by an earlier visit are shown at once and sent if the network is there.
  refresh().then(() => {
    list.dataset.enhanced = "true";
    if (navigator.onLine) drain();
  });
}
