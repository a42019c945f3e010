// The residents' parking zones on a map, over the table of zones and prices that the page has without script.
(function () {
  'use strict';
  var element = document.getElementById('zone-map');
  if (!element || !window.L || !window.CityMap) {
    return;
  }
  var data = element.dataset;
  var map = CityMap.create(element);
  fetch(data.geojson).then(function (r) { return r.json(); }).then(function (zones) {
    var layer = L.geoJSON(zones, {
      style: { color: '#1d70b8', weight: 2, fillOpacity: 0.12 },
      onEachFeature: function (feature, shape) {
        var p = feature.properties;
        shape.bindTooltip(p.code + ' ' + (document.documentElement.lang === 'en' ? p.name.en : p.name.sv), { sticky: true });
      }
    }).addTo(map);
    map.fitBounds(layer.getBounds());
  });
}());
