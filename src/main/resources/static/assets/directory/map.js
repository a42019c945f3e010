// The providers on a map: progressive enhancement over the list beside it, which holds every provider the
// map shows. Draws the district outlines (or the configured base map) and a marker for each provider with
// a place, linking to its page.
(function () {
  'use strict';
  var element = document.getElementById('directory-map');
  if (!element || !window.L || !window.CityMap || !element.dataset.bounds) {
    return;
  }
  var data = element.dataset;
  var map = CityMap.create(element);
  var b = data.bounds.split(',').map(Number);
  map.fitBounds([[b[1], b[0]], [b[3], b[2]]]);
  fetch(data.districts).then(function (r) { return r.ok ? r.json() : null; }).then(function (districts) {
    if (districts) {
      L.geoJSON(districts, { style: { color: '#1d70b8', weight: 2, fillOpacity: 0.04 } }).addTo(map);
    }
  });
  var colours = { preschool: '#f47738', school: '#1d70b8', 'care-home': '#00703c', 'home-help': '#912b88' };
  fetch(data.geojson).then(function (r) { return r.json(); }).then(function (collection) {
    collection.features.forEach(function (feature) {
      var p = feature.properties;
      var c = feature.geometry.coordinates;
      L.circleMarker([c[1], c[0]], { radius: 7, color: '#0b0c0c', weight: 1, fillColor: colours[p.kind] || '#505a5f', fillOpacity: 0.9 })
        .bindTooltip(p.name)
        .on('click', function () { window.location.href = p.url; })
        .addTo(map);
    });
  });
})();
