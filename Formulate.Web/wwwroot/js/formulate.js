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

window.formulate = {
  focus: (id) => focusField(id),
};

document.addEventListener('click', (event) => {
  const link = event.target.closest?.('.govuk-error-summary a[href^="#"], a[data-focus-field]');
  if (!link) {
    return;
  }

  const id = link.dataset.focusField ?? decodeURIComponent(link.hash.slice(1));
  if (focusField(id)) {
    event.preventDefault();
  }
}, true);
