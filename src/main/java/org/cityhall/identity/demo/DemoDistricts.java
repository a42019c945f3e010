package org.cityhall.identity.demo;

import java.util.List;

import org.cityhall.shared.Position;

/**
 * The districts of the demo city, real stadsdelsområden of Stockholm, each with its approximate
 * centre in SWEREF 99 TM and streets of the district with their postal codes and post towns.
 * Every generated address lies within {@link #MAX_DISTANCE_FROM_CENTRE} metres of its
 * district's centre.
 */
final class DemoDistricts {

	static final double MAX_DISTANCE_FROM_CENTRE = 1_200;

	record Street(String name, String postalCode, String postTown) {
	}

	record District(String name, Position centre, boolean innerCity, List<Street> streets) {
	}

	static final District SODERMALM = new District("Södermalm", new Position(674_730, 6_578_990), true, List.of(
			new Street("Götgatan", "11846", "Stockholm"),
			new Street("Hornsgatan", "11820", "Stockholm"),
			new Street("Folkungagatan", "11630", "Stockholm"),
			new Street("Ringvägen", "11860", "Stockholm"),
			new Street("Katarina Bangata", "11639", "Stockholm"),
			new Street("Skånegatan", "11637", "Stockholm"),
			new Street("Bondegatan", "11633", "Stockholm"),
			new Street("Åsögatan", "11624", "Stockholm"),
			new Street("Timmermansgatan", "11855", "Stockholm"),
			new Street("Krukmakargatan", "11851", "Stockholm"),
			new Street("Blekingegatan", "11856", "Stockholm"),
			new Street("Tjärhovsgatan", "11621", "Stockholm")));

	static final District KUNGSHOLMEN = new District("Kungsholmen", new Position(672_480, 6_580_950), true, List.of(
			new Street("Fleminggatan", "11232", "Stockholm"),
			new Street("Sankt Eriksgatan", "11239", "Stockholm"),
			new Street("Hantverkargatan", "11221", "Stockholm"),
			new Street("Kungsholmsgatan", "11227", "Stockholm"),
			new Street("Scheelegatan", "11228", "Stockholm"),
			new Street("Pipersgatan", "11224", "Stockholm"),
			new Street("Fridhemsgatan", "11240", "Stockholm"),
			new Street("Celsiusgatan", "11230", "Stockholm"),
			new Street("Inedalsgatan", "11233", "Stockholm"),
			new Street("Igeldammsgatan", "11249", "Stockholm")));

	static final District NORRMALM = new District("Norrmalm", new Position(673_330, 6_582_210), true, List.of(
			new Street("Odengatan", "11322", "Stockholm"),
			new Street("Upplandsgatan", "11328", "Stockholm"),
			new Street("Dalagatan", "11324", "Stockholm"),
			new Street("Västmannagatan", "11325", "Stockholm"),
			new Street("Rörstrandsgatan", "11340", "Stockholm"),
			new Street("Karlbergsvägen", "11335", "Stockholm"),
			new Street("Norrtullsgatan", "11345", "Stockholm"),
			new Street("Hälsingegatan", "11323", "Stockholm"),
			new Street("Torsgatan", "11321", "Stockholm"),
			new Street("Tegnérgatan", "11358", "Stockholm")));

	static final District OSTERMALM = new District("Östermalm", new Position(675_450, 6_581_870), true, List.of(
			new Street("Karlavägen", "11449", "Stockholm"),
			new Street("Valhallavägen", "11427", "Stockholm"),
			new Street("Linnégatan", "11447", "Stockholm"),
			new Street("Storgatan", "11455", "Stockholm"),
			new Street("Grev Turegatan", "11438", "Stockholm"),
			new Street("Narvavägen", "11522", "Stockholm"),
			new Street("Skeppargatan", "11452", "Stockholm"),
			new Street("Jungfrugatan", "11444", "Stockholm"),
			new Street("Artillerigatan", "11451", "Stockholm"),
			new Street("Banérgatan", "11523", "Stockholm")));

	static final District BROMMA = new District("Bromma", new Position(667_330, 6_581_440), false, List.of(
			new Street("Åkeshovsvägen", "16839", "Bromma"),
			new Street("Abrahamsbergsvägen", "16830", "Bromma"),
			new Street("Bergslagsvägen", "16860", "Bromma"),
			new Street("Riksbyvägen", "16855", "Bromma"),
			new Street("Beckombergavägen", "16854", "Bromma"),
			new Street("Bromma kyrkväg", "16858", "Bromma"),
			new Street("Ulvsundavägen", "16867", "Bromma"),
			new Street("Nockebybacken", "16840", "Bromma")));

	static final District HAGERSTEN_LILJEHOLMEN = new District("Hägersten-Liljeholmen", new Position(670_770, 6_577_190),
			false, List.of(
					new Street("Telefonvägen", "12637", "Hägersten"),
					new Street("Hägerstensvägen", "12653", "Hägersten"),
					new Street("Midsommarvägen", "12635", "Hägersten"),
					new Street("Svandammsvägen", "12634", "Hägersten"),
					new Street("Tellusborgsvägen", "12632", "Hägersten"),
					new Street("Mikrofonvägen", "12637", "Hägersten"),
					new Street("Västertorpsvägen", "12938", "Hägersten"),
					new Street("Axelsbergsvägen", "12944", "Hägersten")));

	static final District SKARPNACK = new District("Skarpnäck", new Position(678_460, 6_574_980), false, List.of(
			new Street("Byälvsvägen", "12843", "Bagarmossen"),
			new Street("Ljusnevägen", "12848", "Bagarmossen"),
			new Street("Lagavägen", "12844", "Bagarmossen"),
			new Street("Emåvägen", "12841", "Bagarmossen"),
			new Street("Klarälvsvägen", "12846", "Bagarmossen"),
			new Street("Ätravägen", "12842", "Bagarmossen")));

	static final District FARSTA = new District("Farsta", new Position(676_290, 6_571_310), false, List.of(
			new Street("Farstagången", "12347", "Farsta"),
			new Street("Storforsplan", "12347", "Farsta"),
			new Street("Larsbodavägen", "12342", "Farsta"),
			new Street("Magelungsvägen", "12353", "Farsta"),
			new Street("Farstaängsvägen", "12349", "Farsta"),
			new Street("Munkforsvägen", "12345", "Farsta")));

	static final District ENSKEDE_ARSTA_VANTOR = new District("Enskede-Årsta-Vantör", new Position(674_830, 6_575_700),
			false, List.of(
					new Street("Sockenvägen", "12263", "Enskede"),
					new Street("Enskedevägen", "12263", "Enskede"),
					new Street("Palmfeltsvägen", "12262", "Enskede"),
					new Street("Handelsvägen", "12264", "Enskede"),
					new Street("Stråtjärnsvägen", "12261", "Enskede"),
					new Street("Odlingsvägen", "12260", "Enskede")));

	static final District RINKEBY_KISTA = new District("Rinkeby-Kista", new Position(666_710, 6_587_770), false, List.of(
			new Street("Kistagången", "16440", "Kista"),
			new Street("Isafjordsgatan", "16440", "Kista"),
			new Street("Jyllandsgatan", "16447", "Kista"),
			new Street("Rinkebystråket", "16374", "Spånga"),
			new Street("Skårbygränd", "16375", "Spånga"),
			new Street("Kuddbygränd", "16372", "Spånga")));

	static final District SPANGA_TENSTA = new District("Spånga-Tensta", new Position(664_750, 6_587_020), false, List.of(
			new Street("Tenstagången", "16364", "Spånga"),
			new Street("Tensta allé", "16364", "Spånga"),
			new Street("Glömstavägen", "16362", "Spånga"),
			new Street("Taxingegränd", "16366", "Spånga"),
			new Street("Spånga kyrkväg", "16346", "Spånga"),
			new Street("Sörgårdsvägen", "16341", "Spånga")));

	static final District HASSELBY_VALLINGBY = new District("Hässelby-Vällingby", new Position(663_120, 6_583_990), false,
			List.of(
					new Street("Vällingbyplan", "16265", "Vällingby"),
					new Street("Kirunagatan", "16268", "Vällingby"),
					new Street("Råckstavägen", "16266", "Vällingby"),
					new Street("Grimstavägen", "16258", "Vällingby"),
					new Street("Kvarnbacksvägen", "16257", "Vällingby"),
					new Street("Hässelby strandväg", "16556", "Hässelby")));

	static final District ALVSJO = new District("Älvsjö", new Position(671_500, 6_574_940), false, List.of(
			new Street("Götalandsvägen", "12544", "Älvsjö"),
			new Street("Älvsjövägen", "12530", "Älvsjö"),
			new Street("Långbrodalsvägen", "12557", "Älvsjö"),
			new Street("Herdabyvägen", "12541", "Älvsjö"),
			new Street("Solbergavägen", "12535", "Älvsjö"),
			new Street("Älvsjö gårdsväg", "12530", "Älvsjö")));

	static final District SKARHOLMEN = new District("Skärholmen", new Position(665_640, 6_574_450), false, List.of(
			new Street("Ekholmsvägen", "12747", "Skärholmen"),
			new Street("Vårholmsbacken", "12745", "Skärholmen"),
			new Street("Bredholmsgatan", "12748", "Skärholmen"),
			new Street("Bodholmsplan", "12743", "Skärholmen"),
			new Street("Storholmsbacken", "12744", "Skärholmen"),
			new Street("Skärholmsgången", "12748", "Skärholmen")));

	/** All districts, with weights near their share of the city's population. */
	static final List<District> ALL = List.of(SODERMALM, KUNGSHOLMEN, NORRMALM, OSTERMALM, BROMMA, HAGERSTEN_LILJEHOLMEN,
			SKARPNACK, FARSTA, ENSKEDE_ARSTA_VANTOR, RINKEBY_KISTA, SPANGA_TENSTA, HASSELBY_VALLINGBY, ALVSJO, SKARHOLMEN);

	static final int[] WEIGHTS = {13, 7, 8, 8, 9, 8, 5, 6, 10, 5, 4, 7, 3, 4};

	private DemoDistricts() {
	}
}
