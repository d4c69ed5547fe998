// Loaded as the first element of <body>, before anything is drawn, so GOV.UK Frontend's
// JavaScript-only styles apply without a flash. Kept in a file, not inline, for a strict CSP.
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');
