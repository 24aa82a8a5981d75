// The embed page inside a host's iframe: posts its height whenever it changes (Pym.js's format when the
// host uses Pym, AMP's embed-size, which our resize.js reads too), opens #event-{id} deep links, and on a
// click puts the event in the address and tells the host page.
(function () {
  var framed = window.parent !== window;
  var pymId = new URLSearchParams(location.search).get('childId');
  var lastHeight = 0;
  function tell(message) { if (framed) { window.parent.postMessage(message, '*'); } }
  function postHeight() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === lastHeight) { return; }
    lastHeight = height;
    if (pymId) { tell('pymxPYMx' + pymId + 'xPYMxheightxPYMx' + height); }
    tell({sentinel: 'amp', type: 'embed-size', height: height});
  }
  function open(hash, clicked) {
    if (!/^#event-\d+$/.test(hash)) { return; }
    var event = document.getElementById(hash.slice(1));
    if (!event) { return; }
    var shown = document.querySelectorAll('.event.highlight');
    for (var i = 0; i < shown.length; i++) {
      shown[i].classList.remove('highlight');
      shown[i].removeAttribute('aria-current');
    }
    event.classList.add('highlight');
    // screen readers learn which event the link opened; the focus may be refused to a frame from
    // another origin that the reader has not touched yet
    event.setAttribute('aria-current', 'true');
    event.focus({preventScroll: true});
    if (!clicked) { event.scrollIntoView({block: 'center'}); }
    tell({sentinel: 'ceasefire-timeline', type: 'event', hash: hash, id: Number(hash.slice(7)),
          top: Math.round(event.getBoundingClientRect().top + window.scrollY), clicked: !!clicked});
  }
  document.addEventListener('click', function (e) {
    var event = e.target.closest('.event');
    if (!event || e.target.closest('a, button, select, input')) { return; }
    var hash = '#event-' + event.getAttribute('data-event');
    // replaceState: the host's back button should leave the article, not step through clicked events
    history.replaceState(null, '', hash);
    open(hash, true);
  });
  window.addEventListener('hashchange', function () { open(location.hash, false); });
  // the host's resize.js, loaded after this page spoke, asks again for the height and the deep link
  window.addEventListener('message', function (e) {
    if (e.source !== window.parent || !e.data || e.data.sentinel !== 'ceasefire-timeline' ||
        e.data.type !== 'hello') { return; }
    lastHeight = 0;
    postHeight();
    open(location.hash, false);
  });
  if (window.ResizeObserver) { new ResizeObserver(postHeight).observe(document.documentElement); }
  window.addEventListener('load', postHeight);
  postHeight();
  open(location.hash, false);
})();
