// The search index is fetched when a reader first shows they want to search, not on every
// page load. Material's search fetches the index as soon as its script runs, and the index
// grows with every chapter; most readers never search. This script runs in the page's head,
// before Material's, and holds back the one request for search/search_index.json until the
// search box gets the focus (a click, the "/", "s" or "f" keys), its toggle is used, or the
// address asks for a search (?q=). Until then Material shows "Initializing search", as it
// does while any index loads.
(() => {
  "use strict";
  const INDEX = /\/search\/search_index\.json(?:$|[?#])/;
  const open = XMLHttpRequest.prototype.open;
  const send = XMLHttpRequest.prototype.send;
  const held = new WeakSet();
  const waiting = [];
  let wanted = new URLSearchParams(location.search).has("q");

  const want = () => {
    if (wanted) return;
    wanted = true;
    for (const go of waiting.splice(0)) go();
  };

  XMLHttpRequest.prototype.open = function (method, url, ...rest) {
    if (INDEX.test(String(url))) held.add(this);
    return open.call(this, method, url, ...rest);
  };
  XMLHttpRequest.prototype.send = function (...args) {
    if (held.has(this) && !wanted) {
      waiting.push(() => send.apply(this, args));
      return undefined;
    }
    return send.apply(this, args);
  };

  document.addEventListener("focusin", (event) => {
    const target = event.target;
    if (target instanceof Element && target.matches("[data-md-component=search-query]")) want();
  });
  document.addEventListener("change", (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.id === "__search") want();
  });
  document.addEventListener("keydown", (event) => {
    if (["/", "s", "f", "S", "F"].includes(event.key)) want();
  });
  document.addEventListener("pointerdown", (event) => {
    const target = event.target;
    if (target instanceof Element && target.closest("label[for=__search], .md-search")) want();
  });
})();
