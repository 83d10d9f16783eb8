// A page script calling yesladder() while the page is still being parsed.
window.yesladder('consent', 'granted');
