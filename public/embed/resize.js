/* Hvem har hva? embeds: resizes <iframe data-hhh-embed> to the height the embed reports.
   Trusts only messages from this script's own origin and from one of those iframes. */
(function () {
  var s = document.currentScript, origin = new URL(s ? s.src : location.href).origin, type = 'hhh-embed:height';
  if (window.__hhhEmbedResize) return;
  window.__hhhEmbedResize = 1;
  function frames() { return document.querySelectorAll('iframe[data-hhh-embed]'); }
  addEventListener('message', function (e) {
    var d = e.data, f = frames();
    if (e.origin !== origin || !d || d.type !== type || typeof d.height !== 'number' || !(d.height > 0 && d.height < 20000)) return;
    for (var i = 0; i < f.length; i++) if (f[i].contentWindow === e.source) f[i].style.height = Math.ceil(d.height) + 'px';
  });
  // Frames that loaded before this script have already spoken: ask them again.
  var f = frames();
  for (var i = 0; i < f.length; i++) try { f[i].contentWindow.postMessage({ type: 'hhh-embed:ping' }, origin); } catch (x) {}
})();
