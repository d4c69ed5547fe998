// Focus handling for content Blazor renders after GOV.UK Frontend has initialised, which its own
// JavaScript never sees: error summary links and "Change" links must land on the field itself.

function focusField(id) {
  let field = document.getElementById(id);
  if (!field) {
    return false;
  }

  // A question's link points at its first radio; the chosen answer is the one to land on.
  if (field.type === 'radio') {
    field = document.querySelector(`input[type="radio"][name="${CSS.escape(field.name)}"]:checked`) ?? field;
  }

  // As GOV.UK Frontend does: bring the question's legend or label into view, then focus the input.
  const legend = field.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  field.focus({ preventScroll: true });
  (legend ?? label ?? field).scrollIntoView({ block: 'start' });
  return true;
}

// As GOV.UK Frontend's skip link does: the target takes focus until it loses it again.
function focusSkipLinkTarget(id) {
  const target = document.getElementById(id);
  if (!target) {
    return false;
  }

  if (!target.hasAttribute('tabindex')) {
    target.setAttribute('tabindex', '-1');
    target.addEventListener('blur', () => {
      target.removeAttribute('tabindex');
      target.classList.remove('govuk-skip-link-focused-element');
    }, { once: true });
  }

  target.classList.add('govuk-skip-link-focused-element');
  target.focus();
  return true;
}

// As Blazor's own FocusOnNavigate does: the heading can take focus from a script without joining the tab order.
function focusHeading() {
  const heading = document.querySelector('h1');
  if (!heading) {
    return;
  }

  if (!heading.hasAttribute('tabindex')) {
    heading.setAttribute('tabindex', '-1');
  }

  heading.focus({ preventScroll: true });
}

// Blazor draws the page again when it connects, a moment after it is shown, and whatever had focus then is gone. Until
// it connects, where focus is is kept by id or by its place among the controls, both of which drawing again keeps.
const focusable = 'a[href], button, input, select, textarea, summary, [tabindex]';
let focusedBeforeConnecting = null;

function rememberFocusUntilConnected(event) {
  focusedBeforeConnecting = { id: event.target.id, index: [...document.querySelectorAll(focusable)].indexOf(event.target) };
}

document.addEventListener('focusin', rememberFocusUntilConnected);

function restoreFocusAfterConnecting() {
  document.removeEventListener('focusin', rememberFocusUntilConnected);
  const before = focusedBeforeConnecting;
  focusedBeforeConnecting = null;
  if (!before || (document.activeElement && document.activeElement !== document.body)) {
    return;
  }

  const control = (before.id && document.getElementById(before.id)) || document.querySelectorAll(focusable)[before.index];
  control?.focus();
}

window.formulate = {
  focus: (id) => focusField(id),
  focusHeading: () => focusHeading(),
  restoreFocusAfterConnecting: () => restoreFocusAfterConnecting(),
  forgetShownConfirmations: () => forgetShownConfirmations(),
};

document.addEventListener('click', (event) => {
  const link = event.target.closest?.('.govuk-error-summary a[href^="#"], .staff-error-summary a[href^="#"], a[data-focus-field]');
  if (!link) {
    return;
  }

  const id = link.dataset.focusField ?? decodeURIComponent(link.hash.slice(1));
  if (focusField(id)) {
    event.preventDefault();
  }
}, true);

// "#main-content" resolves against <base href="/">, so following the skip link would leave the page for the
// home page; GOV.UK Frontend's own skip link script does not start for a link to another page.
document.addEventListener('click', (event) => {
  const link = event.target.closest?.('a.govuk-skip-link[href^="#"], a.staff-skip-link[href^="#"]');
  if (link && focusSkipLinkTarget(decodeURIComponent(link.hash.slice(1)))) {
    event.preventDefault();
  }
}, true);

// A confirmation such as "Details updated" comes from the address after a save; once shown, it is taken out of the
// address, so that reloading the page or returning to it later does not say so again.
function forgetShownConfirmations() {
  const names = [...document.querySelectorAll('[data-shown-once]')].flatMap((banner) => banner.dataset.shownOnce.split(' '));
  const url = new URL(window.location.href);
  const shown = names.filter((name) => url.searchParams.has(name));
  if (shown.length === 0) {
    return;
  }

  shown.forEach((name) => url.searchParams.delete(name));
  // The history entry's state is kept: Blazor keeps its own in it.
  window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', forgetShownConfirmations);
} else {
  forgetShownConfirmations();
}

window.Blazor?.addEventListener('enhancedload', forgetShownConfirmations);
