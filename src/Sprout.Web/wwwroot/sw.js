// Sprout service worker: pages always come from the network when there is one (they hold personal data and
// must be current); the style sheet and icons are cached, and a small offline page answers when there is none.
const CACHE = "sprout-v3";
const SHELL = ["/offline.html", "/css/app.css", "/icons/icon-192.png", "/icons/sprite.svg", "/favicon.svg", "/js/outbox.js"];

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(SHELL)));
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k)))));
  self.clients.claim();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(fetch(request).catch(() => caches.match("/offline.html")));
    return;
  }
  if (SHELL.includes(url.pathname)) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
  }
});

// Background Sync of the phone's outbox (js/outbox.js): the worker only wakes the open pages, which send their own
// queue, so there is one code path for sending (and the page's cookies, antiforgery tokens and rows are at hand).
self.addEventListener("sync", (event) => {
  if (event.tag !== "sprout-outbox") return;
  event.waitUntil(self.clients.matchAll({ type: "window" }).then((windows) => {
    for (const w of windows) w.postMessage("sprout-outbox-sync");
  }));
});

// Web Push from Sprout's notification outbox: the payload is {title, body, url}; nothing personal is kept by the worker.
self.addEventListener("push", (event) => {
  let data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch {
    data = { body: event.data ? event.data.text() : "" };
  }
  event.waitUntil(self.registration.showNotification(data.title || "Sprout", {
    body: data.body || "",
    icon: "/icons/icon-192.png",
    badge: "/icons/icon-192.png",
    lang: "vi",
    data: { url: data.url || "/thong-bao" },
  }));
});

// Opens the notification's page, reusing an open Sprout window when there is one.
self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const target = new URL(event.notification.data?.url || "/thong-bao", self.location.origin);
  if (target.origin !== self.location.origin) return;
  event.waitUntil(self.clients.matchAll({ type: "window", includeUncontrolled: true }).then((windows) => {
    const open = windows.find((w) => new URL(w.url).origin === target.origin);
    return open ? open.navigate(target.href).then((w) => (w || open).focus()) : self.clients.openWindow(target.href);
  }));
});
