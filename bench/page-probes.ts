/**
 * Scripts the benchmark runs inside the app's page, as source text: the benchmark compiles without
 * the DOM library, and these only read the page (they never call window.softphone). Selectors follow
 * the debtor list's markup: `[role="grid"][aria-label="Debtor list"] > [role="row"]`, `.loading` while a page of
 * rows is on its way, `.debtor-count` for the count line.
 */
const LIST = '[role="grid"][aria-label="Debtor list"]';
const ROW = `${LIST} > [role="row"]`;

/**
 * Init script: records in `__benchFirstRowAt` (ms since navigation) when the first debtor row with
 * data is on screen: seen in the DOM, then after the frame that paints it.
 */
export const FIRST_ROW_PROBE = `(() => {
  const seen = () => document.querySelector('${ROW}:not(.loading)') !== null;
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__benchFirstRowAt = performance.now(); }, 0));
  });
  observer.observe(document, { childList: true, subtree: true });
})()`;

export const FIRST_ROW_AT = 'window.__benchFirstRowAt';

/** The row elements the list has in the DOM (the virtualized window, not the 100,000). */
export const DOM_ROWS = `document.querySelectorAll('${ROW}').length`;

/** Scrolls the list to `fraction` of its height; resolves once no row is still loading. */
export const scrollListTo = (fraction: number): string => `(async () => {
  const scroller = document.querySelector('.debtor-scroller');
  scroller.scrollTop = (scroller.scrollHeight - scroller.clientHeight) * ${fraction};
  for (let i = 0; i < 200; i += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (document.querySelector('${ROW}.loading') === null && document.querySelector('${ROW}') !== null) return true;
  }
  return false;
})()`;

/**
 * Arms a measurement of the next keystroke in the search box: from its keydown (or its text input) until the count line
 * has shown "(updating…)" (the search for the new text started) and dropped it again (its rows are in),
 * and the frame after that is painted. Resolves with the milliseconds, or -1 after 5 s.
 */
export const ARM_KEYSTROKE = `(() => {
  const count = document.querySelector('.debtor-count');
  let keyAt = null;
  let started = false;
  window.__benchKeystroke = new Promise((resolve) => {
    const timeout = setTimeout(() => { observer.disconnect(); resolve(-1); }, 5000);
    const observer = new MutationObserver(() => {
      if (keyAt === null) return;
      const updating = count.textContent.includes('(updating');
      if (updating) started = true;
      else if (started) {
        observer.disconnect();
        clearTimeout(timeout);
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - keyAt), 0));
      }
    });
    observer.observe(count, { childList: true, subtree: true, characterData: true });
    // A character with no key on the keyboard layout (è) arrives as text input, without a keydown.
    const stamp = () => { keyAt ??= performance.now(); };
    document.addEventListener('keydown', stamp, { capture: true, once: true });
    document.addEventListener('beforeinput', stamp, { capture: true, once: true });
  });
})()`;

export const KEYSTROKE_RESULT = 'window.__benchKeystroke';
export const COUNT_TEXT = `document.querySelector('.debtor-count').textContent`;

/** Records, on the epoch clock, every click on a phone button, as the page sees it. */
export const CLICK_STAMPS = `(() => {
  window.__benchClicks = [];
  window.addEventListener('click', (event) => {
    if (event.target instanceof Element && event.target.closest('.phone-button') !== null) {
      window.__benchClicks.push(performance.timeOrigin + performance.now());
    }
  }, { capture: true });
})()`;

export const CLICK_TIMES = 'window.__benchClicks';

/**
 * The next phone button wholly inside the list's visible area that has not been clicked yet: its
 * label and the point to click, or null when every visible one has been.
 */
export const NEXT_PHONE_BUTTON = `(() => {
  window.__benchUsed ??= new Set();
  const area = document.querySelector('.debtor-scroller').getBoundingClientRect();
  for (const button of document.querySelectorAll('${LIST} button.phone-button')) {
    const box = button.getBoundingClientRect();
    if (box.top < area.top || box.bottom > area.bottom || box.height === 0) continue;
    const key = button.closest('[role="row"]').getAttribute('aria-rowindex') + ' ' + button.getAttribute('aria-label');
    if (window.__benchUsed.has(key)) continue;
    window.__benchUsed.add(key);
    return { label: button.getAttribute('aria-label'), x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }
  return null;
})()`;

/** Scrolls the list down by what it shows; resolves once the new rows are in. */
export const SCROLL_LIST_ONE_SCREEN = `(async () => {
  const scroller = document.querySelector('.debtor-scroller');
  scroller.scrollTop += scroller.clientHeight;
  for (let i = 0; i < 200; i += 1) {
    await new Promise((resolve) => requestAnimationFrame(resolve));
    if (document.querySelector('${ROW}.loading') === null) return true;
  }
  return false;
})()`;

export const EPOCH_NOW = 'performance.timeOrigin + performance.now()';
