// A little plain JavaScript where it helps; every page works without it.
(function () {
  'use strict';

  function formatSize(bytes, lang) {
    const units = ['B', 'kB', 'MB'];
    let value = bytes, unit = 0;
    while (value >= 1024 && unit < units.length - 1) { value /= 1024; unit++; }
    return new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value) + ' ' + units[unit];
  }

  // Evidence upload: drop a file on the zone (or choose it); its name, size and type are shown before it is sent.
  function dropzones() {
    document.querySelectorAll('.dropzone').forEach(zone => {
      const input = zone.querySelector('input[type=file]');
      const info = zone.querySelector('.file-info');
      const lang = document.documentElement.lang || 'da';
      const maxSize = Number(zone.dataset.maxSize);
      const types = (zone.dataset.types || '').split(',');
      const show = () => {
        const file = input.files[0];
        if (!file) { info.textContent = ''; return; }
        let text = file.name + ' – ' + formatSize(file.size, lang) + ' – ' + (file.type || '?');
        if (maxSize && file.size > maxSize) { text += ' – ' + zone.dataset.tooLarge; }
        else if (file.type && types.length && !types.includes(file.type)) { text += ' – ' + zone.dataset.wrongType; }
        info.textContent = text;
      };
      input.addEventListener('change', show);
      ['dragenter', 'dragover'].forEach(type => zone.addEventListener(type, e => { e.preventDefault(); zone.classList.add('over'); }));
      ['dragleave', 'drop'].forEach(type => zone.addEventListener(type, () => zone.classList.remove('over')));
      zone.addEventListener('drop', e => {
        e.preventDefault();
        if (e.dataTransfer.files.length) { input.files = e.dataTransfer.files; show(); }
      });
    });
  }

  // The process diagram (bpmn-js viewer) with the steps the assessment waits in highlighted.
  function diagrams() {
    document.querySelectorAll('.diagram[data-diagram]').forEach(async element => {
      if (!window.BpmnJS) { return; }
      const viewer = new window.BpmnJS({ container: element });
      try {
        const xml = await fetch(element.dataset.diagram).then(r => r.text());
        await viewer.importXML(xml);
        const canvas = viewer.get('canvas');
        canvas.zoom('fit-viewport');
        (element.dataset.active || '').split(',').filter(Boolean).forEach(id => {
          try { canvas.addMarker(id, 'highlight'); } catch (e) { /* an id without a shape */ }
        });
        element.dataset.rendered = 'true';
      } catch (e) {
        element.dataset.rendered = 'failed';
      }
    });
  }

  // The report's print button (no inline handlers: the content security policy allows our own scripts only).
  function printButtons() {
    document.querySelectorAll('[data-print]').forEach(button => button.addEventListener('click', () => window.print()));
  }

  window.addEventListener('load', () => { dropzones(); diagrams(); printButtons(); });
})();
