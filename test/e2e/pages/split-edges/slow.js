// Held by the test until the runtime has run, so the page is parsed only after it.
document.documentElement.dataset.parsed = 'soon';
