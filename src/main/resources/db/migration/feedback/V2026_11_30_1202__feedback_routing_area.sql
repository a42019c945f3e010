-- A routing rule's area becomes a polygon (issue 12), kept as WKT in WGS 84 (longitude latitude), as an
-- administrator gives it in WKT or GeoJSON; the boxes kept so far become polygons of their four corners.
ALTER TABLE feedback_routing_rule ADD COLUMN area_wkt text;

UPDATE feedback_routing_rule
   SET area_wkt = format('POLYGON ((%s %s, %s %s, %s %s, %s %s, %s %s))', west, south, east, south, east, north, west, north, west, south)
 WHERE south IS NOT NULL;

ALTER TABLE feedback_routing_rule DROP COLUMN south, DROP COLUMN west, DROP COLUMN north, DROP COLUMN east;
