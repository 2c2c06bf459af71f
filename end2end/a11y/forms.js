// The checks on forms: errors are identified in text when the form is sent
// empty (3.3.1, 3.3.3, and 1.4.1 when only colour says it), and paste is not
// blocked on credential and contact fields (3.3.8).
const { problem, notJudged, nothing } = require('./common');
const { FIELDS, markForm, formSnapshot, errorsIdentified, recoloured, watchSubmit } = require('./form-dom');

// Time for a page's own validation script to show its errors after the click.
const SCRIPT_SETTLE_MS = 250;
const NOT_A_SEND = /\b(reset|cancel|annuleer|annuleren|wis|wissen|clear|terug|back|vorige|previous)\b/i;

/** The button that sends the form: the last primary submit button, else the last submit button, else (no form element) the last button by the fields. */
async function sendButton(page, form) {
  const buttons = 'button:not([type=button]):not([type=reset]), input[type=submit], input[type=image]';
  if (await form.evaluate((el) => el.tagName === 'FORM')) {
    const primary = form.locator(buttons).filter({ hasNot: page.locator('xpath=self::*[contains(@class, "lk-button--secondary")]') });
    if ((await primary.count()) > 0) return primary.last();
    if ((await form.locator(buttons).count()) > 0) return form.locator(buttons).last();
  }
  const any = form.locator('button, input[type=submit], input[type=button], [role=button]').filter({ hasNotText: NOT_A_SEND });
  for (const button of (await any.all()).reverse()) {
    if (await button.isVisible()) return button;
  }
  return null;
}

/** Sends the form and says what answered: { navigated, status (of a new document), failed, calls (statuses of script requests), submitted ({ prevented } when the submit event fired) }. */
async function send(page, button) {
  let document = null;
  let failed = null;
  const calls = [];
  page.on('response', (r) => {
    if (r.request().isNavigationRequest() && r.frame() === page.mainFrame()) document = r.status();
    else if (['xhr', 'fetch'].includes(r.request().resourceType())) calls.push(r.status());
  });
  page.on('requestfailed', (r) => {
    if (r.isNavigationRequest() || ['xhr', 'fetch'].includes(r.resourceType())) failed = r.failure()?.errorText || 'failed';
  });
  await page.evaluate(watchSubmit);
  const url = page.url();
  await button.click();
  await page.waitForLoadState('load');
  // A page that answered with a new document is complete; only a script's answer needs the wait.
  if (document === null) await page.waitForTimeout(SCRIPT_SETTLE_MS);
  const submitted = document === null ? await page.evaluate(() => window.__a11ySubmit || null).catch(() => null) : null;
  return { navigated: document !== null || page.url().split('#')[0] !== url.split('#')[0], status: document, failed, calls, submitted };
}

/**
 * 3.3.1 and 3.3.3: sending the page's form empty either succeeds, or the page
 * says what is wrong in text that names the field or stands by it: a field
 * with aria-invalid and its message, a focused error summary linking to the
 * fields, the browser's own validation, or a message in or next to the
 * field's label. Only a changed colour is a failure (also of 1.4.1). When no
 * answer comes (the form posts to nothing, a 404, a form that goes nowhere)
 * the check says it could not judge, instead of passing. Runs in a fresh
 * context so it changes no one's answers.
 */
async function errorIdentification(browser, url) {
  // Scripts on explicitly: Playwright Test hands a project's options (such as
  // javaScriptEnabled: false) to every context a test creates.
  const context = await browser.newContext({ javaScriptEnabled: true });
  const page = await context.newPage();
  const sc = '3.3.1';
  try {
    await page.goto(url, { waitUntil: 'load' });
    const names = await page.evaluate(markForm, { fields: FIELDS });
    if (names === null) return [nothing(url, sc, 'the page has no form')];
    // A page may come with errors already shown (a form answered before): each field marked invalid needs its message.
    const silent = await page.evaluate(() => [...document.querySelectorAll('[data-a11y-form] [aria-invalid="true"]')]
      .filter((el) => ![...(el.getAttribute('aria-describedby') || '').split(/\s+/), el.getAttribute('aria-errormessage')]
        .some((id) => id && document.getElementById(id) && document.getElementById(id).textContent.trim()))
      .map((el) => el.id || el.name));
    if (silent.length > 0) return [problem(url, sc, `${silent.slice(0, 3).join(', ')} is marked invalid without a message that says what is wrong`)];
    const form = page.locator('[data-a11y-form]');
    for (const input of await form.locator('input[type=text], input[type=search], input[type=email], input[type=tel], input[type=url], input[type=number], input[type=password], input:not([type]), textarea').all()) {
      if (await input.isEditable()) await input.fill('');
    }
    // Filling put focus in a field; its focus style is not an error style.
    await page.evaluate(() => document.activeElement && document.activeElement.blur());
    const before = await page.evaluate(formSnapshot, FIELDS);
    const button = await sendButton(page, form);
    if (button === null) {
      // Errors may show when a field is left (blur): visit each field once.
      for (const field of await form.locator(FIELDS).all()) {
        if (await field.isEditable()) { await field.focus(); await field.blur(); }
      }
      const found = await page.evaluate(errorsIdentified, { before, sent: false });
      if (found.identified) return [];
      const changed = recoloured(before, await page.evaluate(formSnapshot, FIELDS));
      if (changed.length > 0) return colourOnly(url, changed);
      // Fields outside a form with nothing to send them (a live filter, an editor) send nothing to judge.
      if (!(await form.evaluate((el) => el.tagName === 'FORM'))) return [nothing(url, sc, 'the fields have no form and no button: nothing is sent')];
      return [notJudged(url, sc, 'the form has no button that sends it, and leaving its fields empty shows nothing: nothing to judge')];
    }
    const answer = await send(page, button);
    if (answer.failed) return [notJudged(url, sc, `sending the form failed (${answer.failed}): no answer to judge`)];
    if (answer.status !== null && answer.status >= 400) {
      return [notJudged(url, sc, `the form's answer was HTTP ${answer.status}: no server handled it, so there is nothing to judge`)];
    }
    const badCall = answer.calls.find((s) => s >= 400);
    if (badCall) return [notJudged(url, sc, `the form's script was answered HTTP ${badCall}: no server handled it, so there is nothing to judge`)];
    // A new page without the same form: the empty form was accepted.
    if (answer.navigated && (await page.evaluate(markForm, { fields: FIELDS, want: names })) === null) return [];
    const after = await page.evaluate(formSnapshot, FIELDS);
    const found = await page.evaluate(errorsIdentified, { before, sent: true });
    if (found.identified) return [];
    if (found.untied) {
      return [problem(url, sc, `sending the form empty shows "${found.untied}", but no text says which field is wrong: mark the field (aria-invalid with its message) or name it`)];
    }
    const changed = recoloured(before, after);
    if (changed.length > 0) return colourOnly(url, changed);
    // Nothing changed on the page.
    if (answer.navigated) return [notJudged(url, sc, 'the answer to the empty form is the same page, unchanged: no server judged it, so there is nothing to judge')];
    if (answer.submitted && answer.submitted.prevented) {
      return [problem(url, sc, "the page's script stopped the empty form without saying anything: the errors are not identified")];
    }
    return [notJudged(url, sc, 'sending the form empty went nowhere (no answer, nothing changed): nothing to judge')];
  } finally {
    await context.close();
  }
}

function colourOnly(url, keys) {
  const which = keys.slice(0, 3).join(', ');
  return [
    problem(url, '3.3.1', `sending the form empty only changed the colour of ${which}: no text says what is wrong`),
    problem(url, '1.4.1', `the error on ${which} is shown by colour alone`),
  ];
}

/** 3.3.8: paste is not blocked on credential and contact fields. */
async function pasteAllowedOn(page, url) {
  const blocked = await page.evaluate(() => {
    const selector = 'input[type=password], input[type=email], input[type=tel], input[autocomplete~=username], input[autocomplete~=current-password], input[autocomplete~=new-password], input[autocomplete~=one-time-code], input[autocomplete~=email], input[autocomplete~=tel]';
    return [...document.querySelectorAll(selector)].filter((el) => {
      const data = new DataTransfer();
      data.setData('text/plain', '0612345678');
      const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
      return !el.dispatchEvent(event);
    }).map((el) => `${el.type} field ${el.id || el.name}`);
  });
  return blocked.map((m) => problem(url, '3.3.8', `paste is blocked on the ${m}`));
}

module.exports = { errorIdentification, pasteAllowedOn };
