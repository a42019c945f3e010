// The frame's map for pages that draw on Leaflet above a list holding the same things: shows the map's element
// (hidden for those without script), makes the map and lays the city's base map under it when one is configured
// (data-tiles, data-attribution on the element). Each module's script draws its own layers on what this returns.
window.CityMap = {
  create: function (element) {
    'use strict';
    var data = element.dataset;
    element.hidden = false;
    var map = L.map(element, { zoomSnap: 0.5 });
    if (data.tiles) {
      L.tileLayer(data.tiles, { attribution: data.attribution || '', maxZoom: 19 }).addTo(map);
    }
    return map;
  }
};
