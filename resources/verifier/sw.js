// Keeps the verification page working without a network after its first load: every file
// is fetched from the server when it answers (so a re-exported list of voided documents
// arrives) and from this cache when it does not.
const CACHE = "approval-desk-verifier";
const FILES = [
  "./",
  "index.html",
  "verifier.css",
  "verifier.js",
  "trust.json",
  "voids.json",
  "vendor/jsQR-1.4.0.js",
  "vendor/noble-ed25519-2.3.0.js",
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES.map((file) => new Request(file, { cache: "reload" }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) {
    return;
  }
  event.respondWith(
    fetch(request, { cache: "no-store" })
      .then((response) => {
        if (response.ok) {
          const copy = response.clone();
          caches.open(CACHE).then((cache) => cache.put(request, copy));
        }
        return response;
      })
      .catch(() =>
        caches
          .match(request, { ignoreSearch: true })
          .then((cached) => cached || caches.match(request.mode === "navigate" ? "./" : request)),
      ),
  );
});
