import * as GOVUKFrontend from '../lib/govuk-frontend/govuk-frontend.min.js';
import './formulate.js';
import './formulate-session.js';
import './staff.js';

// MOJ Frontend's bundle expects GOV.UK Frontend on window.
window.GOVUKFrontend = GOVUKFrontend;

// Components already set up throw when initialised again; after an enhanced navigation that is
// expected for everything that stayed on the page, so those errors are not worth reporting.
const ignoreRepeatInit = (error) => {
  if (error.name !== 'InitError') {
    console.error(error);
  }
};

function initFrontend() {
  GOVUKFrontend.initAll({ onError: ignoreRepeatInit });
  window.MOJFrontend?.initAll();
}

const moj = document.createElement('script');
moj.src = 'lib/moj/all.bundle.js';
moj.addEventListener('load', initFrontend);
document.body.append(moj);

window.Blazor?.addEventListener('enhancedload', initFrontend);
