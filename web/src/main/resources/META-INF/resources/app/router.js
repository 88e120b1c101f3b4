/** What the tenants' app (app.js) and the operators' console (console.js) route alike, by the URL's hash. */

/** #/campanha?id=… → campanha and its parameters (URLSearchParams decodes them, once). */
export function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [name, query = ''] = raw.split('?');
  return { name: name || '', params: new URLSearchParams(query) };
}

/** Goes to a route; going where one already is draws the page again. */
export function goTo(route, render) {
  const target = `#/${route}`;
  if (location.hash === target) render();
  else location.hash = target;
}

/** The menu link of the route shown is marked as the current page. */
export function markCurrentLink(route) {
  for (const link of document.querySelectorAll('.nav a')) {
    if (link.dataset.route === route) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}
