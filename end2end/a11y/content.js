// The checks on what a page says and how it is built: plain language (B1),
// axe-core's WCAG rules, valid HTML, and what must stay the same from page to
// page (3.2.3, 3.2.6, 2.4.2).
const AxeBuilder = require('@axe-core/playwright').default;
const dom = require('./dom');
const { problem, notJudged } = require('./common');

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const MAX_SENTENCE_WORDS = 20;
const MAX_AVERAGE_WORDS = 14;

/**
 * Plain language (language level B1, not a WCAG AA criterion; WCAG 3.1.5 is AAA):
 * no sentence over 20 words, and on average at most 14 words a sentence.
 */
async function plainLanguageOn(page, url) {
    const { sentences } = await page.evaluate(dom.sentences);
    const problems = sentences.filter((s) => s.words > MAX_SENTENCE_WORDS)
      .map((s) => problem(url, 'B1', `sentence of ${s.words} words (at most ${MAX_SENTENCE_WORDS}): "${s.text.slice(0, 80)}"`));
    // The average is over the main content: the short lines of header, navigation
    // and footer would otherwise hide long-winded text.
    const main = sentences.some((s) => s.inMain) ? sentences.filter((s) => s.inMain) : sentences;
    const total = main.reduce((n, s) => n + s.words, 0);
    if (main.length > 0 && total / main.length > MAX_AVERAGE_WORDS) {
      problems.push(problem(url, 'B1', `sentences in the main content average ${(total / main.length).toFixed(1)} words (at most ${MAX_AVERAGE_WORDS})`));
    }
  return problems;
}

/** axe-core with the WCAG 2.2 AA tags. */
async function axeOn(page, url) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    return results.violations.map((v) => problem(url, v.tags.find((t) => /^wcag\d{3,}$/.test(t))?.replace(/^wcag(\d)(\d)(\d+)$/, '$1.$2.$3') || 'axe',
    `axe ${v.id}: ${v.help} (${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')})`));
}

/**
 * Valid HTML: the page as the server sent it (not the DOM after scripts) has no
 * error in the Nu HTML Checker. Needs the checker running as a service
 * (VNU_URL, e.g. http://127.0.0.1:8888/; playwright.config.js starts it from the
 * vnu-jar package); without VNU_URL the check says it could not judge, so
 * check-urls works on machines without Java and says what it left out.
 */
async function validHtml(context, url) {
  const service = process.env.VNU_URL;
  if (!service) return [notJudged(url, 'HTML', 'no Nu HTML Checker to ask (set VNU_URL)')];
  const answer = await context.request.get(url, { maxRedirects: 0 });
  const html = await answer.text();
  const checked = await fetch(new URL('?out=json', service), {
    method: 'POST',
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: html,
  });
  if (!checked.ok) throw new Error(`the HTML checker answered ${checked.status}`);
  const { messages } = await checked.json();
  return messages.filter((m) => m.type === 'error' || m.subType === 'fatal')
    .map((m) => problem(url, 'HTML', `line ${m.lastLine}: ${m.message} (${(m.extract || '').replace(/\s+/g, ' ').trim().slice(0, 60)})`));
}

/** What must stay the same from page to page: landmarks, navigation, help. */
async function pageSignatureOn(page) {
  return page.evaluate(() => {
    const roleOf = (el) => el.getAttribute('role') || { HEADER: 'banner', NAV: 'navigation', MAIN: 'main', FOOTER: 'contentinfo', ASIDE: 'complementary' }[el.tagName];
    const landmarks = [...document.querySelectorAll('header, nav, main, footer, aside, [role=banner], [role=navigation], [role=main], [role=contentinfo], [role=complementary]')]
      .filter((el) => el.tagName === 'MAIN' || !el.parentElement.closest('main, article, section'))
      .map(roleOf);
    const text = (el) => el.innerText.replace(/\s+/g, ' ').trim();
    const navigation = [...document.querySelectorAll('nav, [role=navigation]')].filter((n) => !n.closest('main'))
      .map((n) => [...n.querySelectorAll('a')].map((a) => `${text(a)} -> ${a.getAttribute('href')}`).join(' | '));
    const help = [...document.querySelectorAll('aside, [role=complementary], footer, [role=contentinfo]')].filter((n) => !n.closest('main')).map(text);
    return { order: landmarks.join(' > '), navigation, help, title: document.title };
  });
}

/** The comparison behind `consistency`: 3.2.3, 3.2.6 and 2.4.2 across signatures of several pages. */
function compareSignatures(signatures) {
  const problems = [];
  const [first, ...rest] = signatures;
  for (const s of rest) {
    if (s.order !== first.order) problems.push(problem(s.url, '3.2.3', `landmarks in another order than on ${first.url}: "${s.order}" instead of "${first.order}"`));
    if (JSON.stringify(s.navigation) !== JSON.stringify(first.navigation)) problems.push(problem(s.url, '3.2.3', `navigation differs from ${first.url}`));
    if (JSON.stringify(s.help) !== JSON.stringify(first.help)) problems.push(problem(s.url, '3.2.6', `help and contact (aside, footer) differ from ${first.url}`));
  }
  const seen = new Map();
  for (const s of signatures) {
    if (!s.title.trim()) problems.push(problem(s.url, '2.4.2', 'the page has no title'));
    else if (seen.has(s.title) && seen.get(s.title) !== s.url) problems.push(problem(s.url, '2.4.2', `same title as ${seen.get(s.title)}: "${s.title}"`));
    else seen.set(s.title, s.url);
  }
  return problems;
}

module.exports = { WCAG_TAGS, plainLanguageOn, axeOn, validHtml, pageSignatureOn, compareSignatures };
