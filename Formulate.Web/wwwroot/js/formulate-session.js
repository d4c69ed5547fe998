// Warns before the session timeout signs someone out, and lets them stay signed in with one action (WCAG 2.2 2.2.1
// Timing Adjustable), as GOV.UK's and MOJ's "timeout warning" does. Every request restarts the timeout, so the count
// starts from this page's own load; an open interactive page sends no requests, so working in it sends one now and then.
// Tabs share when the session was last renewed, so that one left open does not sign out someone working in another.
// The server ends the session by itself as well: this script only says so first.

const renewedKey = 'formulate.sessionRenewedAt';
const keepAlivePath = '/session/keep-alive';
const signOutPath = '/sign-out';
// Working in a page renews the session at most this often.
const keepAliveEveryMs = 60_000;

let renewedAt = Date.now();
let lastKeepAliveAt = renewedAt;
let pendingKeepAlive = null;
let timingOut = false;
let dialog = null;
let returnFocusTo = null;
let announced = null;

// From the account navigation, which only a signed-in page has.
function settings() {
  const holder = document.querySelector('[data-session-timeout-seconds]');
  if (!holder) {
    return null;
  }

  const timeoutMs = Number(holder.dataset.sessionTimeoutSeconds) * 1000;
  const warningMs = Number(holder.dataset.sessionWarningSeconds) * 1000;
  return timeoutMs > 0 && warningMs > 0 ? { timeoutMs, warningMs } : null;
}

function antiforgeryToken() {
  return document.querySelector(`form[action="${signOutPath}"] input[name="__RequestVerificationToken"]`)?.value ?? null;
}

function lastRenewal() {
  let shared = 0;
  try {
    shared = Number(window.localStorage.getItem(renewedKey)) || 0;
  } catch {
    // Storage switched off: this tab counts on its own.
  }

  return Math.max(renewedAt, shared);
}

function renewed(at) {
  renewedAt = Math.max(renewedAt, at);
  try {
    window.localStorage.setItem(renewedKey, String(renewedAt));
  } catch {
    // As above.
  }
}

// One request at a time: asking again while one is on its way gets that one's answer.
function keepAlive() {
  if (!pendingKeepAlive) {
    pendingKeepAlive = sendKeepAlive().finally(() => {
      pendingKeepAlive = null;
    });
  }

  return pendingKeepAlive;
}

async function sendKeepAlive() {
  const token = antiforgeryToken();
  if (!token) {
    return false;
  }

  const sentAt = Date.now();
  lastKeepAliveAt = sentAt;
  try {
    const response = await fetch(keepAlivePath, {
      method: 'POST',
      headers: { RequestVerificationToken: token },
      credentials: 'same-origin',
      redirect: 'manual',
    });
    if (response.status === 204) {
      renewed(sentAt);
      return true;
    }

    return false;
  } catch {
    return false;
  }
}

function onActivity() {
  // Inside the warning only "Stay signed in" counts: tabbing to it must not close it.
  if (dialog?.open || timingOut || !settings()) {
    return;
  }

  if (Date.now() - lastKeepAliveAt >= keepAliveEveryMs) {
    keepAlive();
  }
}

function postSignOut(reason) {
  const form = document.createElement('form');
  form.method = 'post';
  form.action = signOutPath;
  form.hidden = true;
  const fields = { __RequestVerificationToken: antiforgeryToken(), ended: reason };
  for (const [name, value] of Object.entries(fields)) {
    if (value) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = name;
      input.value = value;
      form.append(input);
    }
  }

  document.body.append(form);
  form.submit();
}

function timeOut() {
  if (timingOut) {
    return;
  }

  timingOut = true;
  postSignOut('idle');
}

// "2 minutes", "1 minute 30 seconds", "45 seconds".
function describe(ms) {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  const parts = [];
  if (minutes > 0) {
    parts.push(`${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`);
  }

  if (seconds > 0 || minutes === 0) {
    parts.push(`${seconds} ${seconds === 1 ? 'second' : 'seconds'}`);
  }

  return parts.join(' ');
}

// What a screen reader hears: whole minutes, then every 15 seconds in the last minute, never every second.
function describeForScreenReaders(ms) {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  if (seconds > 60) {
    return describe(Math.ceil(seconds / 60) * 60_000);
  }

  return describe(Math.ceil(seconds / 15) * 15_000);
}

function buildDialog() {
  const element = document.createElement('dialog');
  element.className = 'app-timeout-dialog';
  element.id = 'timeout-warning';
  element.setAttribute('role', 'dialog');
  element.setAttribute('aria-modal', 'true');
  element.setAttribute('aria-labelledby', 'timeout-warning-heading');
  element.tabIndex = -1;
  element.innerHTML = `
    <h2 class="govuk-heading-m app-timeout-dialog__heading" id="timeout-warning-heading">You're about to be signed out</h2>
    <p class="govuk-body app-timeout-dialog__text" aria-hidden="true">For your security, we will sign you out in <strong class="app-timeout-dialog__countdown"></strong>.</p>
    <p class="govuk-visually-hidden staff-visually-hidden app-timeout-dialog__announcement" aria-live="polite" aria-atomic="true"></p>
    <p class="govuk-body app-timeout-dialog__text">Anything you have saved is kept.</p>
    <div class="govuk-button-group app-timeout-dialog__actions">
      <button type="button" class="govuk-button app-timeout-dialog__button" data-timeout-stay>Stay signed in</button>
      <a class="govuk-link app-timeout-dialog__link" href="${signOutPath}" data-timeout-sign-out>Sign out</a>
    </div>`;
  element.querySelector('[data-timeout-stay]').addEventListener('click', staySignedIn);
  element.querySelector('[data-timeout-sign-out]').addEventListener('click', (event) => {
    event.preventDefault();
    timingOut = true;
    postSignOut('');
  });
  element.addEventListener('keydown', onDialogKey);
  // Escape, however the browser reports it, means stay signed in rather than leave the warning unanswered.
  element.addEventListener('cancel', (event) => {
    event.preventDefault();
    staySignedIn();
  });
  document.body.append(element);
  return element;
}

function onDialogKey(event) {
  if (event.key === 'Escape') {
    event.preventDefault();
    staySignedIn();
    return;
  }

  if (event.key !== 'Tab') {
    return;
  }

  // Focus stays in the warning while it is open.
  const controls = [...dialog.querySelectorAll('button, a[href]')];
  const first = controls[0];
  const last = controls[controls.length - 1];
  const active = document.activeElement;
  if (event.shiftKey && (active === first || active === dialog)) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && active === last) {
    event.preventDefault();
    first.focus();
  }
}

function openDialog(remainingMs) {
  if (!dialog?.isConnected) {
    dialog = buildDialog();
  }

  if (!dialog.open) {
    returnFocusTo = document.activeElement;
    announced = null;
    dialog.showModal();
    dialog.focus();
  }

  dialog.querySelector('.app-timeout-dialog__countdown').textContent = describe(remainingMs);
  const announcement = describeForScreenReaders(remainingMs);
  if (announcement !== announced) {
    announced = announcement;
    dialog.querySelector('.app-timeout-dialog__announcement').textContent = `We will sign you out in ${announcement}.`;
  }
}

function closeDialog() {
  if (!dialog?.open) {
    return;
  }

  dialog.close();
  if (returnFocusTo?.isConnected && typeof returnFocusTo.focus === 'function') {
    returnFocusTo.focus();
  }

  returnFocusTo = null;
}

async function staySignedIn() {
  if (!dialog?.open) {
    return;
  }

  closeDialog();
  if (!await keepAlive()) {
    // The session has already ended, or the server cannot be reached: loading the page again says which.
    window.location.reload();
  }
}

function tick() {
  const current = settings();
  if (!current || timingOut) {
    closeDialog();
    return;
  }

  const remainingMs = lastRenewal() + current.timeoutMs - Date.now();
  if (pendingKeepAlive) {
    // Wait for the answer, which may renew the session.
  } else if (remainingMs <= 0) {
    timeOut();
  } else if (remainingMs <= current.warningMs) {
    openDialog(remainingMs);
  } else {
    // Renewed since the warning opened, perhaps in another tab.
    closeDialog();
  }
}

// A page loaded by enhanced navigation came with a request, which restarted the timeout.
function onPageLoad() {
  renewed(Date.now());
  lastKeepAliveAt = Date.now();
}

if (typeof HTMLDialogElement === 'function') {
  for (const type of ['keydown', 'click', 'input']) {
    document.addEventListener(type, onActivity, { capture: true, passive: true });
  }

  document.addEventListener('visibilitychange', tick);
  window.Blazor?.addEventListener('enhancedload', onPageLoad);
  onPageLoad();
  setInterval(tick, 1000);
}
