// The report page's map: progressive enhancement over the latitude and longitude fields. A click on the
// map puts the marker there and fills in the fields; typing in the fields moves the marker.
(function () {
  'use strict';
  var element = document.getElementById('report-map');
  var latitude = document.getElementById('latitude');
  var longitude = document.getElementById('longitude');
  if (!element || !window.L || !window.CityMap || !latitude || !longitude) {
    return;
  }
  var data = element.dataset;
  var centre = data.centre.split(',').map(Number);
  var map = CityMap.create(element).setView(centre, 13);
  var marker = null;
  function place(lat, lng) {
    if (marker) {
      marker.setLatLng([lat, lng]);
    } else {
      marker = L.circleMarker([lat, lng], { radius: 9, color: '#d4351c', weight: 3, fillOpacity: 0.6 }).addTo(map);
    }
  }
  map.on('click', function (event) {
    latitude.value = event.latlng.lat.toFixed(6);
    longitude.value = event.latlng.lng.toFixed(6);
    place(event.latlng.lat, event.latlng.lng);
  });
  function typed() {
    var lat = parseFloat(latitude.value.replace(',', '.'));
    var lng = parseFloat(longitude.value.replace(',', '.'));
    if (!isNaN(lat) && !isNaN(lng)) {
      place(lat, lng);
    }
  }
  latitude.addEventListener('change', typed);
  longitude.addEventListener('change', typed);
  typed();
}());
