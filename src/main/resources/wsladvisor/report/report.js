/* wsl-advisor fleet report: draws the charts from the data block and adds sorting and filtering.
   Everything it shows is also in the tables, which work without it. */
(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('fleet-data').textContent);
  var charts = [];

  function draw(id, option, height) {
    var el = document.getElementById(id);
    if (!el || typeof echarts === 'undefined') {
      return;
    }
    el.textContent = '';
    el.className += ' drawn';
    if (height) {
      el.style.height = height + 'px';
    }
    var chart = echarts.init(el, null, {renderer: 'svg'});
    option.animation = false;
    option.textStyle = {fontFamily: 'system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif'};
    chart.setOption(option);
    charts.push(chart);
  }

  function outcomes() {
    var shown = data.outcomes.filter(function (o) { return o.hosts > 0; });
    draw('chart-outcomes', {
      tooltip: {trigger: 'item', formatter: '{b}: {c} hosts ({d}%)'},
      legend: {orient: 'vertical', right: 0, top: 'middle', itemGap: 10},
      series: [{
        type: 'pie', radius: ['45%', '75%'], center: ['35%', '50%'],
        label: {formatter: '{c}', fontSize: 13},
        data: shown.map(function (o) {
          return {name: o.label, value: o.hosts, itemStyle: {color: o.colour}};
        })
      }]
    });
  }

  function stacked(id, table) {
    if (!table.labels.length) {
      return;
    }
    draw(id, {
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      legend: {top: 0},
      grid: {left: 10, right: 20, top: 44, bottom: 10, containLabel: true},
      xAxis: {type: 'category', data: table.labels, axisLabel: {rotate: table.labels.length > 6 ? 30 : 0, interval: 0}},
      yAxis: {type: 'value', minInterval: 1, name: 'hosts'},
      series: table.series.map(function (s) {
        return {name: s.label, type: 'bar', stack: 'hosts', data: s.data, itemStyle: {color: s.colour}};
      })
    }, 360);
  }

  function ranked(id, rows, colour) {
    if (!rows.length) {
      return;
    }
    // Room for the longest id at the left (ECharts' containLabel clips them in narrow charts), at most half the width.
    var longest = rows.reduce(function (n, r) { return Math.max(n, r.name.length); }, 0);
    var width = document.getElementById(id).clientWidth || 600;
    draw(id, {
      tooltip: {trigger: 'axis', axisPointer: {type: 'shadow'}},
      grid: {left: Math.min(width * 0.5, 16 + longest * 6.6), right: 40, top: 10, bottom: 40},
      xAxis: {type: 'value', minInterval: 1, name: 'hosts', nameLocation: 'middle', nameGap: 26},
      yAxis: {type: 'category', inverse: true, data: rows.map(function (r) { return r.name; }),
              axisLabel: {interval: 0, width: Math.min(width * 0.5, 16 + longest * 6.6) - 12, overflow: 'truncate'}},
      series: [{type: 'bar', data: rows.map(function (r) { return r.hosts; }), itemStyle: {color: colour},
                label: {show: true, position: 'right'}}]
    }, 60 + rows.length * 28);
  }

  outcomes();
  stacked('chart-by-build', data.byBuild);
  stacked('chart-by-edition', data.byEdition);
  ranked('chart-blockers', data.blockers, '#c62828');
  ranked('chart-unknown', data.unknown, '#f9a825');
  window.addEventListener('resize', function () {
    charts.forEach(function (c) { c.resize(); });
  });

  // Sorting: a click on a column heading sorts its table by that column, again to reverse.
  Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
      th.tabIndex = 0;
      th.title = 'Sort by this column';
      function sort() {
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var down = th.getAttribute('aria-sort') !== 'descending';
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (c) { c.removeAttribute('aria-sort'); });
        th.setAttribute('aria-sort', down ? 'descending' : 'ascending');
        function key(row) {
          var cell = row.cells[column];
          var v = cell.getAttribute('data-v');
          return v !== null ? Number(v) : cell.textContent.toLowerCase();
        }
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var c = x < y ? -1 : x > y ? 1 : 0;
          return down ? -c : c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      }
      th.addEventListener('click', sort);
      th.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); sort(); }
      });
    });
  });

  // Filtering: one box narrows every list and table to what mentions the text (an id, a host, a word).
  var box = document.getElementById('filter');
  var status = document.getElementById('filter-status');
  box.parentNode.hidden = false;
  box.addEventListener('input', function () {
    var q = box.value.trim().toLowerCase();
    var shown = 0, all = 0;
    Array.prototype.forEach.call(document.querySelectorAll('.filterable'), function (item) {
      var match = !q || item.textContent.toLowerCase().indexOf(q) >= 0;
      item.hidden = !match;
      all++;
      if (match) { shown++; }
      var details = item.querySelector('details');
      if (details) {
        details.open = !!q && match && details.textContent.toLowerCase().indexOf(q) >= 0;
      }
    });
    status.textContent = q ? shown + ' of ' + all + ' entries mention "' + box.value.trim() + '"' : '';
  });

  // Printing: host lists open, charts fitted to the page.
  var closed = [];
  window.addEventListener('beforeprint', function () {
    closed = Array.prototype.filter.call(document.querySelectorAll('details'), function (d) { return !d.open; });
    closed.forEach(function (d) { d.open = true; });
    charts.forEach(function (c) { c.resize(); });
  });
  window.addEventListener('afterprint', function () {
    closed.forEach(function (d) { d.open = false; });
    charts.forEach(function (c) { c.resize(); });
  });
}());
