// Loket's island loader, inlined in every page's <head> (see island_loader.rs).
// A page that is only read downloads no JavaScript bundle and no WebAssembly:
// they load when the resident first uses an island (a press, a key, a change,
// focus, or opening the disclosure around one), and what they did meanwhile is
// replayed once the islands run, so no click or keystroke is lost.
// Runs before the body is parsed, so the flags below are set before first paint
// (CSS shows the read-aloud buttons and the character count from the start:
// nothing moves when the islands start).
(function (js, wasm) {
  var d = document, root = d.documentElement, loading = null;
  // Until the islands run: what to replay afterwards (null once they run).
  // `last`: the field of the latest change and input, each heard again once.
  var pending = [], last = {};
  root.setAttribute('data-scripts', 'ja');
  if (window.speechSynthesis) root.setAttribute('data-speech', 'ja');

  // Where a use wakes the islands: inside one, or in a part marked data-wake.
  function zone(node) {
    return node && node.closest ? node.closest('leptos-island,[data-wake]') : null;
  }

  // The islands in document order, each with the children callback of the island
  // around it (as Leptos's own island script walks them).
  function walk(node, mod, parents) {
    if (node.nodeType !== 1) return;
    var tag = node.tagName;
    if (tag === 'LEPTOS-ISLAND') {
      var island = mod[node.getAttribute('data-component')];
      if (parents.length && parents[parents.length - 1]) parents[parents.length - 1]();
      if (island) island(node);
    } else if (tag === 'LEPTOS-CHILDREN') {
      parents.push(node.$$on_hydrate);
    }
    for (var i = 0; i < node.children.length; i++) walk(node.children[i], mod, parents);
    if (tag === 'LEPTOS-CHILDREN') parents.pop();
  }

  function start() {
    if (!loading) {
      loading = import(js)
        .then(function (mod) {
          return mod.default({ module_or_path: wasm }).then(function () {
            mod.hydrate();
            walk(d.body, mod, []);
          });
        })
        // The islands' first effects run as microtasks: a task later they are done.
        .then(function () { return new Promise(function (done) { setTimeout(done, 0); }); })
        .then(function () {
          var replay = pending;
          pending = null;
          root.setAttribute('data-islands', 'klaar');
          replay.forEach(function (again) { again(); });
        }, function () {
          // Offline or blocked: the page keeps working without scripts; a next use tries again.
          loading = null;
          pending = [];
          last = {};
        });
    }
    return loading;
  }

  function use(event) {
    var target = event.target;
    if (pending === null || !zone(target)) return;
    if (event.type === 'click') {
      // A button that only scripts act on: held back, pressed again once they run.
      var button = target.closest('button[type=button]');
      if (button) {
        event.preventDefault();
        event.stopImmediatePropagation();
        pending.push(function () { button.click(); });
      }
    } else if (event.type === 'change' || event.type === 'input') {
      // The field keeps what was typed or chosen; the island hears it once, afterwards.
      var type = event.type;
      if (!last[type]) {
        pending.push(function () { last[type].dispatchEvent(new Event(type, { bubbles: true })); });
      }
      last[type] = target;
    }
    start();
  }

  ['click', 'pointerdown', 'keydown', 'focusin', 'input', 'change'].forEach(function (type) {
    d.addEventListener(type, use, true);
  });
  // Opening the display settings: the island inside is about to be used.
  d.addEventListener('toggle', function (event) {
    if (event.target.open && event.target.querySelector && event.target.querySelector('leptos-island')) start();
  }, true);
  // For tests and tools: start the islands without using them.
  window.__loketIslands = start;
})
