// Small helpers of the questionnaire; the form works without them (htmx updates the answer, the server reads it).
// "Don't know" and "none of these" exclude the other answers of their question, and a new row gets the focus.
(function () {
  function group(el) { return el.closest('fieldset.q'); }
  document.addEventListener('change', function (e) {
    var el = e.target, q = group(el);
    if (!q || el.type !== 'checkbox' && el.tagName !== 'TEXTAREA' && el.type !== 'text' && el.type !== 'number') { return; }
    var own = q.querySelectorAll(':scope > .choices input, :scope > .choices textarea');
    if ((el.classList.contains('unknown') || el.classList.contains('none')) && el.checked) {
      own.forEach(function (o) {
        if (o === el) { return; }
        if (o.type === 'checkbox') { o.checked = false; } else { o.value = ''; }
      });
    } else if (el.classList.contains('item') && (el.checked || (el.value && el.type !== 'checkbox'))) {
      own.forEach(function (o) { if (o.classList.contains('unknown') || o.classList.contains('none')) { o.checked = false; } });
    }
  }, true);
  document.addEventListener('htmx:afterSettle', function (e) {
    var target = e.detail.elt;
    if (target && target.classList && target.classList.contains('rows')) {
      var form = document.getElementById('questionnaire');
      if (form && window.htmx) { window.htmx.trigger(form, 'reevaluate'); }
      var fresh = target.querySelector('fieldset.row:last-of-type input, fieldset.row:last-of-type select');
      var add = target.querySelector('button.add');
      if (e.detail.requestConfig && e.detail.requestConfig.parameters && String(e.detail.requestConfig.parameters._op || '').indexOf('add:') === 0 && fresh) {
        fresh.focus();
      } else if (add) { add.focus(); }
    }
  });
})();
