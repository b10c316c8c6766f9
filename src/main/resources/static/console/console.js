// Gatehouse console: small progressive enhancements. Every page works without this file.
(function () {
  'use strict';

  // Destructive forms ask first: <form data-confirm="Remove …?">.
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);

  // The "Connected cluster access" switch shows or hides its options.
  function syncSwitch(toggle) {
    var target = document.getElementById(toggle.getAttribute('aria-controls'));
    if (target) {
      target.hidden = !toggle.checked;
    }
  }

  // Tables sort by any column: a button in each header, aria-sort telling which way.
  function sortKey(cell) {
    var value = cell.getAttribute('data-sort-value');
    return (value !== null ? value : cell.textContent).trim().toLowerCase();
  }

  function sortBy(table, column, header) {
    var ascending = header.getAttribute('aria-sort') !== 'ascending';
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = sortKey(a.cells[column]);
      var y = sortKey(b.cells[column]);
      return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
    });
    rows.forEach(function (row) { body.appendChild(row); });
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) { th.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }

  function makeSortable(table) {
    if (!table.tHead || !table.tBodies.length) {
      return;
    }
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, column) {
      var label = header.textContent.trim();
      if (!label || header.querySelector('.visually-hidden')) {
        return;
      }
      var button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = label;
      button.addEventListener('click', function () { sortBy(table, column, header); });
      header.textContent = '';
      header.appendChild(button);
    });
  }

  // Metrics charts: <div class="chart" data-series="[[seconds…],[values…]]">, drawn by uPlot where the page loads it.
  // The summaries next to each chart carry the numbers without JavaScript.
  function drawChart(box) {
    var data = JSON.parse(box.getAttribute('data-series'));
    var unit = box.getAttribute('data-unit') || '';
    var suffix = unit === '%' ? ' %' : unit;
    var show = function (v) { return v == null ? '—' : (Math.round(v * 10) / 10) + suffix; };
    // Axis ticks stay short: 12000000 documents read 12M.
    var tick = function (v) {
      var size = Math.abs(v);
      return size >= 1e9 ? (v / 1e9) + 'G' : size >= 1e6 ? (v / 1e6) + 'M' : size >= 1e4 ? (v / 1e3) + 'k' : show(v);
    };
    var height = 180;
    var plot = new window.uPlot({
      width: box.clientWidth, height: height, legend: { show: false },
      cursor: { drag: { x: false, y: false } },
      series: [{}, { label: box.getAttribute('data-label'), stroke: '#0b64c0', width: 2,
        fill: 'rgba(11, 100, 192, 0.08)', value: function (u, v) { return show(v); } }],
      axes: [{ stroke: '#5b6675' }, { stroke: '#5b6675', size: 64,
        values: function (u, ticks) { return ticks.map(tick); } }]
    }, data, box);
    window.addEventListener('resize', function () { plot.setSize({ width: box.clientWidth, height: height }); });
  }

  // A page that answers a form with a secret shown once (<main data-settled-url="/clusters/…">) takes the address of
  // the page it belongs to: reloading it then opens that page instead of sending the form again (connecting a
  // second cluster, creating a second key).
  function settle(page) {
    if (window.history.replaceState) {
      window.history.replaceState(null, '', page.getAttribute('data-settled-url'));
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-settled-url]').forEach(settle);
    if (window.uPlot) {
      document.querySelectorAll('.chart[data-series]').forEach(drawChart);
    }
    document.querySelectorAll('input[role="switch"][aria-controls]').forEach(function (toggle) {
      syncSwitch(toggle);
      toggle.addEventListener('change', function () { syncSwitch(toggle); });
    });
    document.querySelectorAll('table.sortable').forEach(makeSortable);
    // Choosing clusters implies "Selected clusters".
    var clusters = document.getElementById('clusters');
    var selected = document.getElementById('scope-selected');
    if (clusters && selected) {
      clusters.addEventListener('change', function () {
        if (clusters.selectedOptions.length > 0) {
          selected.checked = true;
        }
      });
    }
  });
}());
