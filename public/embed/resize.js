/* Hvem har hva? embeds: resizes <iframe data-hhh-embed> to the height the embed reports.
   Trusts only messages from this script's own origin and from one of those iframes. */
(function () {
  var s = document.currentScript, origin = new URL(s ? s.src : location.href).origin;
  if (window.__hhhEmbedResize) return;
  window.__hhhEmbedResize = 1;
  addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== origin || !d || d.type !== 'hhh-embed:height' || typeof d.height !== 'number' || !(d.height > 0 && d.height < 20000)) return;
    var frames = document.querySelectorAll('iframe[data-hhh-embed]');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(d.height) + 'px';
  });
})();
