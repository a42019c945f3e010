// The borehole map: progressive enhancement over the list beside it. Draws the district outlines (or the
// configured base map), the boreholes in view (clusters when zoomed out) from the GeoJSON API, and keeps a
// list of what is in view beside the map, so the map never holds anything the list does not.
(function () {
  'use strict';
  var element = document.getElementById('borehole-map');
  if (!element || !window.L || !window.CityMap) {
    return;
  }
  var data = element.dataset;
  var map = CityMap.create(element);
  fetch(data.districts).then(function (r) { return r.json(); }).then(function (districts) {
    L.geoJSON(districts, {
      style: { color: '#1d70b8', weight: 2, fillOpacity: 0.04 },
      onEachFeature: function (feature, layer) { layer.bindTooltip(feature.properties.name, { sticky: true }); }
    }).addTo(map);
  });
  var bounds = function (text) {
    var b = text.split(',').map(Number);
    return [[b[1], b[0]], [b[3], b[2]]];
  };
  map.fitBounds(bounds(data.focus || data.city));

  var layer = L.layerGroup().addTo(map);
  var list = document.getElementById('in-view');
  var summary = document.getElementById('in-view-summary');
  var body = document.getElementById('in-view-body');
  if (list) {
    list.hidden = false;
  }

  function row(cells) {
    var tr = document.createElement('tr');
    tr.className = 'govuk-table__row';
    cells.forEach(function (text) {
      var td = document.createElement('td');
      td.className = 'govuk-table__cell';
      td.textContent = text;
      tr.appendChild(td);
    });
    return tr;
  }

  function show(collection, fixed) {
    layer.clearLayers();
    while (body && body.firstChild) {
      body.removeChild(body.firstChild);
    }
    var clustered = collection.features.some(function (f) { return f.properties.cluster; });
    collection.features.forEach(function (feature) {
      var lon = feature.geometry.coordinates[0];
      var lat = feature.geometry.coordinates[1];
      var p = feature.properties;
      if (p.cluster) {
        var icon = L.divIcon({ className: 'registers-cluster', html: '<span>' + p.count + '</span>', iconSize: [36, 36] });
        L.marker([lat, lon], { icon: icon, keyboard: false })
          .on('click', function () { map.setView([lat, lon], map.getZoom() + 2); })
          .addTo(layer);
      } else {
        L.circleMarker([lat, lon], { radius: 5, color: '#0b0c0c', weight: 1, fillColor: '#f47738', fillOpacity: 0.9 })
          .bindTooltip(p.licenceNumber + ' · ' + p.propertyDesignation + ' · ' + p.depthMetres + ' m')
          .addTo(layer);
        if (body) {
          var cells = [p.licenceNumber, p.propertyDesignation, p.depthMetres + ' m', p.licensedOn];
          if (p.distanceMetres !== undefined) {
            cells.push(Math.round(p.distanceMetres) + ' m');
          }
          body.appendChild(row(cells));
        }
      }
    });
    if (summary) {
      var total = collection.total !== undefined ? collection.total : collection.features.length;
      summary.textContent = clustered ? summary.dataset.clustered.replace('{0}', total)
        : summary.dataset.listed.replace('{0}', collection.features.length);
    }
  }

  if (data.near) {
    fetch(data.near).then(function (r) { return r.json(); }).then(function (c) { show(c, true); });
    if (data.centre) {
      var c = data.centre.split(',').map(Number);
      L.circle([c[1], c[0]], { radius: Number(data.distance), color: '#00703c', weight: 2, fillOpacity: 0.05 }).addTo(map);
    }
    return;
  }
  var pending;
  function load() {
    var b = map.getBounds();
    var bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (v) { return v.toFixed(5); }).join(',');
    if (pending) {
      pending.abort();
    }
    pending = new AbortController();
    fetch(data.geojson + '?bbox=' + bbox, { signal: pending.signal })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (c) { if (c) { show(c, false); } })
      .catch(function () {});
  }
  map.on('moveend', load);
  load();
})();
