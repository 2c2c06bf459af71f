(function () {
  var room = document.querySelector('.lk-waiting[data-source]');
  if (!room || !window.fetch) return;
  var list = room.querySelector('.lk-waiting__list');
  var none = room.querySelector('.lk-waiting__none');
  var said = room.querySelector('.lk-waiting__said');
  var renew = room.querySelector('.lk-waiting__renew-line');
  if (renew) renew.hidden = true;
  setInterval(function () {
    fetch(room.getAttribute('data-source'), { cache: 'no-store' })
      .then(function (r) { return r.ok ? r.text() : null; })
      .then(function (text) {
        if (text === null) return;
        var lines = text.split('\n').filter(Boolean).slice(0, 8);
        list.textContent = '';
        lines.forEach(function (line, i) {
          var item = document.createElement('li');
          item.className = i ? 'lk-waiting__line' : 'lk-waiting__line lk-waiting__line--latest';
          item.textContent = line;
          list.appendChild(item);
        });
        none.hidden = lines.length > 0;
        if (lines[0] && said.getAttribute('data-laatste') !== lines[0]) {
          said.setAttribute('data-laatste', lines[0]);
          said.textContent = lines[0];
        }
      })
      .catch(function () {});
  }, 10000);
})();
