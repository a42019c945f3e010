// The school form's map: progressive enhancement over the easting and northing fields, which hold the school's
// position in SWEREF 99 TM as placement stores it. A click on the map puts the marker there and fills in the
// fields; typing in the fields moves the marker. The conversion is SWEREF 99 TM's transverse Mercator (GRS 80,
// central meridian 15° E, scale 0.9996, false easting 500 km), by Lantmäteriet's formulas for Gauss-Krüger.
(function () {
  'use strict';
  var element = document.getElementById('school-map');
  var easting = document.getElementById('easting');
  var northing = document.getElementById('northing');
  if (!element || !window.L || !window.CityMap || !easting || !northing) {
    return;
  }
  var a = 6378137, f = 1 / 298.257222101, k0 = 0.9996, lambda0 = 15 * Math.PI / 180, falseEasting = 500000;
  var e2 = f * (2 - f), n = f / (2 - f);
  var aRoof = a / (1 + n) * (1 + n * n / 4 + Math.pow(n, 4) / 64);
  var beta = [n / 2 - 2 * n * n / 3 + 5 * Math.pow(n, 3) / 16 + 41 * Math.pow(n, 4) / 180,
    13 * n * n / 48 - 3 * Math.pow(n, 3) / 5 + 557 * Math.pow(n, 4) / 1440,
    61 * Math.pow(n, 3) / 240 - 103 * Math.pow(n, 4) / 140,
    49561 * Math.pow(n, 4) / 161280];
  var delta = [n / 2 - 2 * n * n / 3 + 37 * Math.pow(n, 3) / 96 - Math.pow(n, 4) / 360,
    n * n / 48 + Math.pow(n, 3) / 15 - 437 * Math.pow(n, 4) / 1440,
    17 * Math.pow(n, 3) / 480 - 37 * Math.pow(n, 4) / 840,
    4397 * Math.pow(n, 4) / 161280];

  function toGrid(lat, lng) {
    var phi = lat * Math.PI / 180, dl = lng * Math.PI / 180 - lambda0, s = Math.sin(phi);
    var A = e2, B = (5 * e2 * e2 - Math.pow(e2, 3)) / 6, C = (104 * Math.pow(e2, 3) - 45 * Math.pow(e2, 4)) / 120,
      D = 1237 * Math.pow(e2, 4) / 1260;
    var phiStar = phi - s * Math.cos(phi) * (A + B * s * s + C * Math.pow(s, 4) + D * Math.pow(s, 6));
    var xi = Math.atan(Math.tan(phiStar) / Math.cos(dl)), eta = atanh(Math.cos(phiStar) * Math.sin(dl));
    var x = xi, y = eta;
    for (var j = 1; j <= 4; j++) {
      x += beta[j - 1] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
      y += beta[j - 1] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
    }
    return { northing: k0 * aRoof * x, easting: k0 * aRoof * y + falseEasting };
  }

  function toLatLng(e, nn) {
    var xi = nn / (k0 * aRoof), eta = (e - falseEasting) / (k0 * aRoof), xiP = xi, etaP = eta;
    for (var j = 1; j <= 4; j++) {
      xiP -= delta[j - 1] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
      etaP -= delta[j - 1] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
    }
    var phiStar = Math.asin(Math.sin(xiP) / Math.cosh(etaP)), dl = Math.atan(Math.sinh(etaP) / Math.cos(xiP));
    var As = e2 + Math.pow(e2, 2) + Math.pow(e2, 3) + Math.pow(e2, 4),
      Bs = -(7 * Math.pow(e2, 2) + 17 * Math.pow(e2, 3) + 30 * Math.pow(e2, 4)) / 6,
      Cs = (224 * Math.pow(e2, 3) + 889 * Math.pow(e2, 4)) / 120, Ds = -(4279 * Math.pow(e2, 4)) / 1260;
    var s = Math.sin(phiStar);
    var phi = phiStar + s * Math.cos(phiStar) * (As + Bs * s * s + Cs * Math.pow(s, 4) + Ds * Math.pow(s, 6));
    return [phi * 180 / Math.PI, (lambda0 + dl) * 180 / Math.PI];
  }

  function atanh(value) {
    return 0.5 * Math.log((1 + value) / (1 - value));
  }

  var map = CityMap.create(element).setView(element.dataset.centre.split(',').map(Number), 12);
  var marker = null;
  function place(latLng) {
    if (marker) {
      marker.setLatLng(latLng);
    } else {
      marker = L.circleMarker(latLng, { radius: 9, color: '#1d70b8', weight: 3, fillOpacity: 0.6 }).addTo(map);
    }
  }
  map.on('click', function (event) {
    var grid = toGrid(event.latlng.lat, event.latlng.lng);
    easting.value = Math.round(grid.easting);
    northing.value = Math.round(grid.northing);
    place(event.latlng);
  });
  function typed() {
    var e = parseFloat(easting.value.replace(/\s/g, '').replace(',', '.'));
    var nn = parseFloat(northing.value.replace(/\s/g, '').replace(',', '.'));
    if (!isNaN(e) && !isNaN(nn) && e > 181000 && e < 1087000 && nn > 6101000 && nn < 7690000) {
      place(toLatLng(e, nn));
    }
  }
  easting.addEventListener('change', typed);
  northing.addEventListener('change', typed);
  typed();
}());
