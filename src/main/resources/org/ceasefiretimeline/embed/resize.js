// Ceasefire Timeline's host snippet: sizes every <iframe data-ceasefire-timeline> to its content and
// tells the host page which event a reader opened, as a "ceasefire-timeline:event" DOM event on the iframe
// (detail: {hash, id}). Include it once, anywhere on the page: <script async src=".../embed/resize.js"></script>
(function () {
  if (window.__ceasefireTimelineResize) { return; }
  window.__ceasefireTimelineResize = true;
  // a deep link's scroll, done again when the frame grows: the height may come after the event
  var pending = null;
  function scrollToEvent(frame, top) {
    window.scrollTo(0, frame.getBoundingClientRect().top + window.scrollY + top - 80);
  }
  window.addEventListener('message', function (e) {
    var data = e.data;
    if (!data || typeof data !== 'object') { return; }
    var frames = document.querySelectorAll('iframe[data-ceasefire-timeline]');
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== e.source || new URL(frame.src, location.href).origin !== e.origin) { continue; }
      if (data.sentinel === 'amp' && data.type === 'embed-size' && data.height > 0) {
        frame.style.height = data.height + 'px';
        if (pending && pending.frame === frame && Date.now() < pending.until) { scrollToEvent(frame, pending.top); }
      } else if (data.sentinel === 'ceasefire-timeline' && data.type === 'event') {
        if (!data.clicked) {
          // a deep link: the iframe has no scrollbar of its own, so the host scrolls to the event
          scrollToEvent(frame, data.top);
          pending = {frame: frame, top: data.top, until: Date.now() + 5000};
        }
        frame.dispatchEvent(new CustomEvent('ceasefire-timeline:event',
          {bubbles: true, detail: {hash: data.hash, id: data.id}}));
      }
    }
  });
  // this script may load after the frames spoke: ask each for its height and deep link again
  var frames = document.querySelectorAll('iframe[data-ceasefire-timeline]');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow) {
      frames[i].contentWindow.postMessage({sentinel: 'ceasefire-timeline', type: 'hello'},
        new URL(frames[i].src, location.href).origin);
    }
  }
})();
