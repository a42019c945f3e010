// The programme's charts: progressive enhancement over the tables beside them. Each chart reads its
// table (the columns marked data-series, the rows' data-x months and the cells' data-value figures), so
// a chart never shows a figure its table does not.
(function () {
  'use strict';
  if (!window.uPlot) {
    return;
  }
  var palette = ['#1d70b8', '#f47738', '#00703c', '#912b88', '#d4351c'];
  Array.prototype.forEach.call(document.querySelectorAll('.insights-chart[data-table]'), function (chart) {
    var table = document.getElementById(chart.dataset.table);
    if (!table) {
      return;
    }
    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'));
    var columns = [];
    headers.forEach(function (th, i) {
      if (th.hasAttribute('data-series')) {
        columns.push(i);
      }
    });
    var rows = table.querySelectorAll('tbody tr[data-x]');
    if (!rows.length || !columns.length) {
      return;
    }
    var data = [[]];
    columns.forEach(function () { data.push([]); });
    Array.prototype.forEach.call(rows, function (tr) {
      data[0].push(Number(tr.dataset.x));
      columns.forEach(function (column, k) {
        var cell = tr.children[column];
        var value = cell ? cell.getAttribute('data-value') : null;
        data[k + 1].push(value === null ? null : Number(value));
      });
    });
    var series = [{}];
    columns.forEach(function (column, k) {
      series.push({ label: headers[column].textContent.trim(), stroke: palette[k % palette.length], width: 2 });
    });
    chart.hidden = false;
    /* global uPlot */
    new uPlot({
      width: Math.max(280, chart.clientWidth),
      height: 260,
      series: series,
      scales: { x: { time: true } },
      legend: { show: true }
    }, data, chart);
  });
})();
