// The teacher's attendance page: a tap on a row's button posts that row's form with fetch and swaps in the row the
// server sends back, so the page neither reloads nor moves. Without this script the same forms post normally and the
// server redirects back to the page at the row.
const list = document.querySelector("[data-attendance]");
const live = document.querySelector("[data-live]");

function say(text) {
  if (live) {
    live.textContent = text;
  }
}

// The counts and the late list are recomputed from the rows' own data, so they follow every swap.
function refreshSummary() {
  for (const counter of document.querySelectorAll("[data-count]")) {
    const states = counter.dataset.count.split(",");
    counter.textContent = String(states.reduce((n, s) => n + list.querySelectorAll(`[data-state="${s}"]`).length, 0));
  }
  const names = document.querySelector("[data-late-names]");
  if (names) {
    const late = [...list.querySelectorAll("[data-late]")].map((row) => row.dataset.name);
    names.textContent = late.length ? late.join(", ") : list.dataset.noneLate;
  }
}

async function post(form, submitter) {
  const row = form.closest("li");
  const y = window.scrollY;
  const buttons = [...row.querySelectorAll("button")];
  const wasDisabled = buttons.map((b) => b.disabled);
  buttons.forEach((b) => { b.disabled = true; });
  row.setAttribute("aria-busy", "true");
  try {
    // getAttribute: the form's own field named "action" hides the form.action property.
    const response = await fetch(form.getAttribute("action"), {
      method: "POST",
      body: new FormData(form, submitter),
      headers: { "X-Requested-With": "fetch" },
      credentials: "same-origin",
    });
    if (response.ok || response.status === 422) {
      const template = document.createElement("template");
      template.innerHTML = (await response.text()).trim();
      const fresh = template.content.querySelector("li");
      if (fresh) {
        row.replaceWith(fresh);
        refreshSummary();
        const note = fresh.querySelector(".att-message");
        say(note ? note.textContent : "");
        window.scrollTo(window.scrollX, y);
        return;
      }
    }
    say(response.status === 403 ? list.dataset.refused : list.dataset.failed);
  } catch {
    say(list.dataset.failed);
  }
  row.removeAttribute("aria-busy");
  buttons.forEach((b, i) => { b.disabled = wasDisabled[i]; });
}

if (list) {
  list.dataset.enhanced = "true";
  list.addEventListener("submit", (event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-row-form")) {
      return;
    }
    event.preventDefault();
    post(form, event.submitter);
  });
}
