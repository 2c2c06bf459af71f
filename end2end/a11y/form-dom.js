// Functions that run inside the page (passed to page.evaluate) for the
// error-identification check: what the form looks like before and after it is
// sent empty, and whether the errors are said in text and tied to a field.

const FIELDS = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea';

/**
 * Finds the page's form: in main (forms around it, such as a display switch,
 * are not the page's question) the first form with a field, else the fields
 * in main without a form; when `want` is given (the field names of the form
 * sent), the form with exactly those names. Marks it data-a11y-form.
 * `fields` is FIELDS (functions run in the page see only their arguments).
 * Returns its field names, sorted and joined, or null.
 */
function markForm({ fields, want }) {
  const area = document.querySelector('main, [role=main]') || document.body;
  const fieldsOf = (el) => [...el.querySelectorAll(fields)];
  const names = (el) => [...(el.elements || fieldsOf(el))].map((e) => e.name).filter(Boolean).sort().join(',');
  const forms = [...area.querySelectorAll('form')].filter((f) => fieldsOf(f).length > 0);
  const form = want === undefined ? (forms[0] || (fieldsOf(area).length > 0 ? area : null)) : forms.find((f) => names(f) === want) || null;
  for (const el of document.querySelectorAll('[data-a11y-form]')) el.removeAttribute('data-a11y-form');
  if (!form) return null;
  form.setAttribute('data-a11y-form', '');
  return names(form);
}

/**
 * Marks the form's fields (data-a11y-field) and records their look (with
 * their labels') and the page's text; taken before and after sending, the two
 * show a change of colour alone.
 */
function formSnapshot(selector) {
  const scope = document.querySelector('[data-a11y-form]') || document.body;
  const fields = [...scope.querySelectorAll(selector)];
  const look = (el) => {
    if (!el) return '';
    const cs = getComputedStyle(el);
    return [cs.color, cs.backgroundColor, cs.borderTopColor, cs.borderBottomColor, cs.borderLeftColor, cs.outlineColor, cs.boxShadow].join('|');
  };
  const own = (el) => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' ').replace(/\s+/g, ' ').trim();
  const texts = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.getClientRects().length === 0 || ['SCRIPT', 'STYLE'].includes(el.tagName)) continue;
    const t = own(el);
    if (t) texts.push(t);
  }
  return {
    fields: fields.map((f, i) => {
      const key = f.id || f.name || String(i);
      f.setAttribute('data-a11y-field', key);
      return { key, look: look(f), labels: [...(f.labels || [])].map(look).join('#') };
    }),
    texts,
  };
}

/**
 * After sending: the errors are identified when a field is marked invalid
 * with a message, a focused summary links to the fields, the browser's own
 * validation stopped the form, or a new text names a field or stands by it
 * (in its label, its description, or right next to it or its label).
 * Otherwise says whether new text came elsewhere ({ untied }) or none ({}).
 */
function errorsIdentified({ before, sent }) {
  const fields = [...document.querySelectorAll('[data-a11y-field]')];
  const text = (id) => { const m = id && document.getElementById(id); return m ? m.textContent.trim() : ''; };
  const described = fields.some((el) => el.getAttribute('aria-invalid') === 'true'
    && [...(el.getAttribute('aria-describedby') || '').split(/\s+/), el.getAttribute('aria-errormessage')].some((id) => text(id).length > 0));
  if (described) return { identified: 'a field is marked invalid with its message' };
  const active = document.activeElement;
  const summary = active && active !== document.body && [...active.querySelectorAll('a[href^="#"]')].some((a) => {
    const target = document.getElementById(a.getAttribute('href').slice(1));
    return target && (target.matches('input, select, textarea, fieldset') || target.querySelector('input, select, textarea'));
  });
  if (summary) return { identified: 'a focused summary links to the fields' };
  if (sent && window.__a11ySubmit === undefined && fields.some((el) => el.willValidate && !el.validity.valid && !(el.form && el.form.noValidate))) {
    return { identified: "the browser's own validation names the field" };
  }
  const own = (el) => [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join(' ').replace(/\s+/g, ' ').trim();
  const seen = new Set(before.texts);
  const fresh = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.getClientRects().length === 0 || ['SCRIPT', 'STYLE'].includes(el.tagName)) continue;
    const t = own(el);
    if (t && !seen.has(t)) fresh.push(el);
  }
  const labelText = (f) => [...(f.labels || [])].map((l) => l.textContent.replace(/\s+/g, ' ').trim().toLowerCase()).filter((t) => t.length >= 3);
  const near = (msg, f) => {
    // The field, its labels, and the element that wraps just this field (not a whole form).
    const wrap = f.parentElement;
    const own = wrap && !wrap.matches('form, fieldset, main, body, [role=main]') && wrap.querySelectorAll(FIELDS_IN).length === 1 ? wrap : null;
    const around = [f, own, ...(f.labels || [])].filter(Boolean);
    return around.some((a) => a.contains(msg) || a.previousElementSibling === msg || a.nextElementSibling === msg
      || (msg.parentElement && (a.previousElementSibling === msg.parentElement || a.nextElementSibling === msg.parentElement)));
  };
  const FIELDS_IN = 'input:not([type=hidden]), select, textarea';
  const tied = fresh.find((msg) => fields.some((f) => {
    const ids = `${f.getAttribute('aria-describedby') || ''} ${f.getAttribute('aria-errormessage') || ''}`.split(/\s+/).filter(Boolean);
    if (ids.some((id) => { const d = document.getElementById(id); return d && d.contains(msg); })) return true;
    if (near(msg, f)) return true;
    const words = own(msg).toLowerCase();
    return labelText(f).some((l) => words.includes(l));
  }));
  if (tied) return { identified: `the text "${own(tied).slice(0, 60)}" says which field` };
  if (fresh.length > 0) return { untied: own(fresh[0]).slice(0, 60) };
  return {};
}

/** Notes whether the page's own scripts cancelled the submit event (window.__a11ySubmit). */
function watchSubmit() {
  window.addEventListener('submit', (event) => {
    // After every listener of the page has run.
    setTimeout(() => { window.__a11ySubmit = { prevented: event.defaultPrevented }; }, 0);
  });
}

/** The fields whose look changed between two snapshots (their keys). */
function recoloured(before, after) {
  const was = new Map(before.fields.map((f) => [f.key, f]));
  return after.fields.filter((f) => was.has(f.key) && (was.get(f.key).look !== f.look || was.get(f.key).labels !== f.labels)).map((f) => f.key);
}

module.exports = { FIELDS, markForm, formSnapshot, errorsIdentified, recoloured, watchSubmit };
