// Registers the service worker so parents can install Sprout on their phone's home screen.
if ("serviceWorker" in navigator) {
  window.addEventListener("load", () => navigator.serviceWorker.register("/sw.js").catch(() => {}));
}

// "Bật thông báo trên điện thoại này" (/thong-bao/cai-dat): subscribes this installed app to Web Push with the
// server's VAPID key and sends the subscription, with the page's antiforgery token, to be kept for this account.
function base64UrlToBytes(text) {
  const padded = (text + "===".slice((text.length + 3) % 4)).replace(/-/g, "+").replace(/_/g, "/");
  return Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
}

async function enablePush(button, status) {
  const registration = await navigator.serviceWorker.ready;
  if ((await Notification.requestPermission()) !== "granted") throw new Error("permission");
  const { publicKey } = await (await fetch("/thong-bao/khoa-day", { credentials: "same-origin" })).json();
  const subscription = (await registration.pushManager.getSubscription())
    || (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: base64UrlToBytes(publicKey) }));
  const token = document.querySelector("input[name=__RequestVerificationToken]").value;
  const response = await fetch("/thong-bao/dang-ky-day", {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json", RequestVerificationToken: token },
    body: JSON.stringify(subscription.toJSON()),
  });
  if (!response.ok) throw new Error(String(response.status));
  status.textContent = button.dataset.done;
}

document.addEventListener("DOMContentLoaded", () => {
  const button = document.getElementById("push-enable");
  const status = document.getElementById("push-status");
  if (!button || !status) return;
  if (!("serviceWorker" in navigator) || !("PushManager" in window)) {
    button.disabled = true;
    status.textContent = button.dataset.failed;
    return;
  }
  button.addEventListener("click", () => enablePush(button, status).catch(() => { status.textContent = button.dataset.failed; }));
});
