(function () {
  // The assisted mode's idle warning (WCAG 2.2.1): after data-warn seconds
  // without activity, say that everything is wiped soon and offer to go on;
  // at data-idle seconds, go to the end page (the server wipes there too).
  var banner = document.querySelector('.lk-assisted[data-idle]');
  if (!banner || !window.fetch) return;
  var warning = banner.querySelector('.lk-assisted__warning');
  var button = warning.querySelector('button');
  var warnAfter = Number(banner.getAttribute('data-warn')) * 1000;
  var idleAfter = Number(banner.getAttribute('data-idle')) * 1000;
  var last = Date.now();
  var told = 0;
  // How often typing is told to the server: well within the idle time.
  var tellEvery = Math.min(60000, idleAfter / 4);
  function still() {
    last = Date.now();
    warning.hidden = true;
    return fetch(banner.getAttribute('data-still'), { method: 'POST', cache: 'no-store', credentials: 'same-origin' }).catch(function () {});
  }
  // Typing on a long page is activity too: the server hears of it now and then.
  ['keydown', 'pointerdown', 'input'].forEach(function (kind) {
    document.addEventListener(kind, function () {
      if (!warning.hidden) return;
      if (Date.now() - told > tellEvery) { told = Date.now(); still(); } else { last = Date.now(); }
    }, { passive: true });
  });
  button.addEventListener('click', function (e) { e.preventDefault(); still(); });
  setInterval(function () {
    var idle = Date.now() - last;
    if (idle >= idleAfter) { window.location.assign(banner.getAttribute('data-end')); return; }
    if (idle >= warnAfter && warning.hidden) { warning.hidden = false; button.focus(); }
  }, 1000);
})();
