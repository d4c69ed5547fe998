// The staff screens' behaviour that must also work on pages that post plain forms (no Blazor connection): the menu on a
// narrow screen, focus on what needs reading first, a second click ignored, and focus given back after a dialog.

function setMenuOpen(button, open) {
  const menu = document.getElementById(button.getAttribute('aria-controls'));
  button.setAttribute('aria-expanded', open ? 'true' : 'false');
  menu?.classList.toggle('staff-drawer--open', open);
  if (open) {
    menu?.querySelector('a')?.focus();
  }
}

document.addEventListener('click', (event) => {
  const button = event.target.closest?.('.staff-menu-button');
  if (button) {
    setMenuOpen(button, button.getAttribute('aria-expanded') !== 'true');
  }
});

// Escape closes the open menu and gives focus back to its button, as a disclosure's keyboard pattern does.
document.addEventListener('keydown', (event) => {
  const button = document.querySelector('.staff-menu-button[aria-expanded="true"]');
  if (event.key !== 'Escape' || !button) {
    return;
  }

  setMenuOpen(button, false);
  button.focus();
});

// An error summary, else a success banner, takes focus as the page shows it: what went wrong, or that it worked.
function focusFirstMessage() {
  const target = document.querySelector('[data-staff-focus="error-summary"]') ?? document.querySelector('[data-staff-focus="banner"]');
  if (target && !target.dataset.staffFocused) {
    target.dataset.staffFocused = 'true';
    target.focus();
  }
}

// The page has answered a submit once anything in it is drawn again: a second submit may go (after fixing an error).
function releaseSubmitGuards() {
  for (const button of document.querySelectorAll('[data-staff-clicked-at]')) {
    delete button.dataset.staffClickedAt;
  }
}

// Blazor draws an error summary after a failed save without a page load; watch for one appearing.
new MutationObserver(() => {
  releaseSubmitGuards();
  focusFirstMessage();
}).observe(document.documentElement, { childList: true, subtree: true });
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', focusFirstMessage);
} else {
  focusFirstMessage();
}

// A double click on "Save" must not post a form twice: a second submit from the same button within a second is dropped,
// unless the page has answered the first meanwhile (releaseSubmitGuards).
// Only submit buttons: an interactive page's own buttons (Approve, Return) are guarded on the server, and the person may
// rightly press one again at once, as after cancelling its confirmation.
document.addEventListener('click', (event) => {
  const button = event.target.closest?.('button[type="submit"][data-prevent-double-click="true"]');
  if (!button) {
    return;
  }

  if (button.dataset.staffClickedAt && Date.now() - Number(button.dataset.staffClickedAt) < 1000) {
    event.preventDefault();
    event.stopImmediatePropagation();
    return;
  }

  button.dataset.staffClickedAt = String(Date.now());
}, true);

let focusBeforeDialog = null;

window.formulateStaff = {
  rememberFocus() {
    focusBeforeDialog = document.activeElement;
  },
  // Once the dialog has left the page: while it is still there, its focus trap may take focus back as it goes, and a
  // keyboard user's next key would then land on nothing.
  returnFocus() {
    const target = focusBeforeDialog;
    focusBeforeDialog = null;
    const started = Date.now();
    return new Promise((resolve) => {
      const attempt = () => {
        if (document.querySelector('.mud-dialog-container') && Date.now() - started < 2000) {
          setTimeout(attempt, 16);
          return;
        }

        if (target?.isConnected) {
          target.focus();
        }

        resolve();
      };
      attempt();
    });
  },
};

// The app bar is fixed at the top (2.4.11 focus not obscured): scroll-padding in staff.css keeps most scrolling clear of it,
// and a control that focus reaches under it all the same (a browser scrolling only as far as the window's edge) is
// brought down below it. Content in the menu, a dialog or a popover sits above the page, never under the bar.
function keepFocusBelowAppBar(target) {
  const bar = document.querySelector('.staff-app-bar');
  if (!bar || !(target instanceof Element) || target.closest('.staff-app-bar, .staff-drawer, .mud-dialog, .mud-popover, dialog, .staff-skip-link')) {
    return;
  }

  const barBottom = bar.getBoundingClientRect().bottom;
  const top = target.getBoundingClientRect().top;
  if (top < barBottom) {
    window.scrollBy(0, top - barBottom - 16);
  }
}

document.addEventListener('focusin', (event) => {
  keepFocusBelowAppBar(event.target);
  // The browser scrolls the newly focused control into view after this event; check again once it has.
  requestAnimationFrame(() => {
    if (document.activeElement === event.target) {
      keepFocusBelowAppBar(event.target);
    }
  });
});

// MudDataGrid names every sort button "Sort" and does not say which column is sorted. Each button is named after its
// column ("Sort by Name") and the sorted column's header carries aria-sort, so a screen reader hears what each does and
// the order the list is in. Blazor leaves these attributes alone, as its own render of them does not change.
function describeGridSorting() {
  for (const header of document.querySelectorAll('.staff-data-grid th')) {
    const button = header.querySelector('.sort-direction-icon');
    const title = header.querySelector('.sortable-column-header')?.textContent.trim();
    if (!button || !title) {
      continue;
    }

    const label = `Sort by ${title}`;
    if (button.getAttribute('aria-label') !== label) {
      button.setAttribute('aria-label', label);
    }

    const sort = button.classList.contains('mud-direction-desc') ? 'descending'
      : button.classList.contains('mud-direction-asc') ? 'ascending' : null;
    if (sort && header.getAttribute('aria-sort') !== sort) {
      header.setAttribute('aria-sort', sort);
    } else if (!sort && header.hasAttribute('aria-sort')) {
      header.removeAttribute('aria-sort');
    }
  }
}

new MutationObserver(describeGridSorting).observe(document.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
describeGridSorting();
