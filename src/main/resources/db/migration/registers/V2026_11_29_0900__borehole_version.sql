-- Every node keeps the boreholes' positions in memory to answer a box on the map (clusters for the whole city
-- without grouping 14,000 rows per request). A statement trigger moves the layer's version with every change,
-- whoever writes (an import, a node, COPY), so a node checks one row before trusting what it holds.
create table registers_layer_version (
    layer text primary key,
    version bigint not null
);
insert into registers_layer_version (layer, version) values ('borehole', 0);

create function registers_borehole_changed() returns trigger language plpgsql as $$
begin
    update registers_layer_version set version = version + 1 where layer = 'borehole';
    return null;
end
$$;

create trigger registers_borehole_changed after insert or update or delete or truncate on registers_borehole
    for each statement execute function registers_borehole_changed();
