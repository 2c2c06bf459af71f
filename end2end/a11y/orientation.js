// 1.3.4 Orientation: the page works held upright and on its side. A page
// locks itself when, in one orientation only, it turns its content a quarter
// (a transform or rotate inside an orientation media query) or hides most of
// its text (a "turn your phone" message instead of the content).
const { problem, atViewport } = require('./common');

// Phone and tablet, each upright and on its side: lock rules often add a max-width.
const PAIRS = [
  [{ width: 390, height: 844 }, { width: 844, height: 390 }],
  [{ width: 768, height: 1024 }, { width: 1024, height: 768 }],
];

/** In the page: the largest quarter turn of any big element, and how much text shows. */
function orientationState() {
  const area = window.innerWidth * window.innerHeight;
  const quarter = (deg) => { const d = ((Math.abs(deg) % 180) + 180) % 180; return d > 45 && d < 135; };
  const angleOf = (cs) => {
    let deg = 0;
    const m = cs.transform && cs.transform !== 'none' ? new DOMMatrix(cs.transform) : null;
    if (m) deg += Math.atan2(m.b, m.a) * 180 / Math.PI;
    const rotate = cs.rotate && cs.rotate !== 'none' ? cs.rotate.trim().split(/\s+/).pop() : null;
    if (rotate) {
      const value = parseFloat(rotate);
      if (rotate.endsWith('turn')) deg += value * 360;
      else if (rotate.endsWith('grad')) deg += value * 0.9;
      else if (rotate.endsWith('rad')) deg += value * 180 / Math.PI;
      else deg += value;
    }
    return deg;
  };
  let turned = null;
  for (const el of [document.documentElement, document.body, ...document.body.querySelectorAll('*')]) {
    const cs = getComputedStyle(el);
    if (cs.display === 'none') continue;
    const r = el.getBoundingClientRect();
    if (el !== document.documentElement && el !== document.body && r.width * r.height < area * 0.25) continue;
    if (quarter(angleOf(cs))) { turned = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`; break; }
  }
  const words = (document.body.innerText.match(/[\p{L}\p{N}]+/gu) || []).length;
  return { turned, words };
}

async function orientationOn(page, url) {
  const problems = [];
  for (const [upright, onSide] of PAIRS) {
    const up = await atViewport(page, upright, () => page.evaluate(orientationState));
    const side = await atViewport(page, onSide, () => page.evaluate(orientationState));
    const size = (v) => `${v.width}x${v.height}`;
    for (const [name, here, there, v] of [['upright', up, side, upright], ['on its side', side, up, onSide]]) {
      if (here.turned && !there.turned) {
        problems.push(problem(url, '1.3.4', `held ${name} (${size(v)}) the page turns ${here.turned} a quarter: it forces the other orientation`));
      }
      if (there.words >= 20 && here.words < there.words / 2) {
        problems.push(problem(url, '1.3.4', `held ${name} (${size(v)}) the page shows ${here.words} words instead of ${there.words}: most of it is hidden in this orientation`));
      }
    }
    if (problems.length > 0) break;
  }
  return problems;
}

module.exports = { orientationOn };
