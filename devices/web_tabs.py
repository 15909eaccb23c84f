"""One tab, as in a phone app's web view: a page never opens another tab or window.

An app's web view shows a link with target=_blank, a form with a target and window.open() in
itself; a browser opens a new tab for them instead, and an audit never wants one (a tab to
another host is refused by the isolating proxy, and within a few commands chromedriver stopped
answering every later one, ending the run `error`). SAME_TAB_JS, run first in every document
(through CDP), sends all three to the tab they came from: a page on another host then shows
there, where the flows see it as "left the app" and go back. `close_extra()` is the safety net
after each action: any other window that opened anyway is closed and the session returns to
its own.
"""
from __future__ import annotations

SAME_TAB_JS = """(function () {
  const own = t => { t = (t || '').toLowerCase();
    return !t || t === '_self' || t === '_top' || t === '_parent'
        || [...document.querySelectorAll('iframe[name], frame[name]')].some(f => f.name.toLowerCase() === t); };
  const baseTarget = () => { const b = document.querySelector('base[target]'); return b ? b.target : ''; };
  window.open = function (url) {
    if (url !== undefined && String(url) !== '') location.assign(new URL(String(url), location.href).href);
    return null;
  };
  addEventListener('click', e => {
    const a = e.target && e.target.closest && e.target.closest('a[href], area[href]');
    if (a && !own(a.getAttribute('target') || baseTarget())) a.setAttribute('target', '_self');
    const b = e.target && e.target.closest && e.target.closest('button[formtarget], input[formtarget]');
    if (b && !own(b.getAttribute('formtarget'))) b.setAttribute('formtarget', '_self');
  }, true);
  const sameTab = f => { if (f && !own(f.getAttribute('target') || baseTarget())) f.setAttribute('target', '_self'); };
  addEventListener('submit', e => sameTab(e.target), true);
  const submit = HTMLFormElement.prototype.submit;
  HTMLFormElement.prototype.submit = function () { sameTab(this); return submit.call(this); };
})();"""


def close_extra(driver, own: str) -> str:
    """Close every window but `own` (or, if the page closed that one, all but the first left)
    and switch to it; the handle of the window kept."""
    handles = driver.window_handles
    if handles == [own] or not handles:
        return own
    keep = own if own in handles else handles[0]
    for handle in handles:
        if handle != keep:
            driver.switch_to.window(handle)
            driver.close()
    driver.switch_to.window(keep)
    return keep
