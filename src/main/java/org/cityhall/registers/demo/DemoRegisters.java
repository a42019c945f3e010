package org.cityhall.registers.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.github.f4b6a3.uuid.UuidCreator;
import org.cityhall.registers.Folding;
import org.cityhall.registers.Municipality;
import org.cityhall.shared.OrganisationNumber;
import org.cityhall.shared.Position;
import org.locationtech.jts.geom.Point;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In demo mode, the demo city's public registers, generated the same way on every start from a fixed
 * seed: about 9,000 properties in 22 quarters across the districts, radon readings in a third of them,
 * exactly {@value #BOREHOLES} borehole licences on the villa quarters, 300 food businesses with their
 * inspections, and the detailed development plans covering each quarter. Loaded once; what exists is
 * left as it is.
 */
@Component
@ConditionalOnBooleanProperty("cityhall.demo")
class DemoRegisters implements SmartLifecycle {

	static final int BOREHOLES = 14_000;
	private static final Logger log = LoggerFactory.getLogger(DemoRegisters.class);
	private static final int BLOCKS = 30;
	private static final int UNITS = 14;

	/** A quarter of the demo city: its name in designations, its district, streets and whether it is villas. */
	record Quarter(String name, String district, String street, String otherStreet, String postalCode, String postTown,
			boolean villas, double east, double north) {
	}

	static final List<Quarter> QUARTERS = List.of(
			new Quarter("Bagarmossen", "Skarpnäck", "Byälvsvägen", "Ljusnevägen", "12843", "Bagarmossen", true, -600, -900),
			new Quarter("Kärrtorp", "Skarpnäck", "Kärrtorpsvägen", "Söndagsvägen", "12155", "Johanneshov", true, -1200, 300),
			new Quarter("Larsboda", "Farsta", "Larsbodavägen", "Ågesta broväg", "12342", "Farsta", true, 300, -900),
			new Quarter("Farsta", "Farsta", "Farstaängsvägen", "Munkforsvägen", "12349", "Farsta", true, -900, 200),
			new Quarter("Tallen", "Enskede-Årsta-Vantör", "Tallkrogsvägen", "Palmfeltsvägen", "12271", "Enskede", true, -300, -600),
			new Quarter("Enskede", "Enskede-Årsta-Vantör", "Sockenvägen", "Odlingsvägen", "12263", "Enskede", true, 400, 300),
			new Quarter("Långbro", "Älvsjö", "Långbrodalsvägen", "Herdabyvägen", "12557", "Älvsjö", true, -400, -700),
			new Quarter("Solberga", "Älvsjö", "Solbergavägen", "Götalandsvägen", "12535", "Älvsjö", true, 500, 200),
			new Quarter("Västertorp", "Hägersten-Liljeholmen", "Västertorpsvägen", "Tellusborgsvägen", "12938", "Hägersten", true, -700, -800),
			new Quarter("Äppelviken", "Bromma", "Äppelviksvägen", "Alviksvägen", "16752", "Bromma", true, 600, -600),
			new Quarter("Nockeby", "Bromma", "Nockebyvägen", "Nockebybacken", "16774", "Bromma", true, -1200, -400),
			new Quarter("Hässelby villastad", "Hässelby-Vällingby", "Lövstavägen", "Hässelby strandväg", "16571", "Hässelby", true, -600, -500),
			new Quarter("Råcksta", "Hässelby-Vällingby", "Råckstavägen", "Kvarnbacksvägen", "16266", "Vällingby", true, 800, -800),
			new Quarter("Solhem", "Spånga-Tensta", "Sörgårdsvägen", "Spånga kyrkväg", "16341", "Spånga", true, 300, -900),
			new Quarter("Husby", "Rinkeby-Kista", "Husbygårdsvägen", "Edvard Griegs gång", "16434", "Kista", true, -200, 400),
			new Quarter("Sätra", "Skärholmen", "Sätragårdsvägen", "Bredholmsgatan", "12738", "Skärholmen", true, 300, 300),
			new Quarter("Skarpnäcksfältet", "Skarpnäck", "Skarpnäcks allé", "Horisontvägen", "12834", "Skarpnäck", true, 600, 700),
			new Quarter("Stureby", "Enskede-Årsta-Vantör", "Sturebyvägen", "Kvarnbergsvägen", "12274", "Enskede", true, -1300, 400),
			new Quarter("Mullvaden", "Södermalm", "Götgatan", "Hornsgatan", "11846", "Stockholm", false, -300, -300),
			new Quarter("Kronoberg", "Kungsholmen", "Fleminggatan", "Sankt Eriksgatan", "11232", "Stockholm", false, -200, 100),
			new Quarter("Vasastaden", "Norrmalm", "Odengatan", "Dalagatan", "11322", "Stockholm", false, -300, 0),
			new Quarter("Lärkan", "Östermalm", "Karlavägen", "Linnégatan", "11449", "Stockholm", false, -300, -200));

	private static final String[] FOOD_KINDS = {"Pizzeria", "Café", "Sushi", "Bageri", "Thai", "Falafel", "Bistro",
			"Konditori", "Grill", "Livs", "Salladsbar", "Kebab"};

	private static final String[] REMARKS = {
			"Rutiner för temperaturkontroll i kylen saknades.", "Handfatet i köket saknade flytande tvål.",
			"Allergeninformation om nötter saknades vid disken.", "Städningen under diskbänken var bristfällig.",
			"Livsmedel förvarades direkt på golvet i förrådet.", "Spårbarheten för inköpt fisk kunde inte visas."};

	private static final String[] SERIOUS_REMARKS = {"Spår av skadedjur (råttor) i förrådet; verksamheten ska åtgärda omedelbart.",
			"Kylen höll 14 °C med kött och fisk; livsmedlen kasserades."};

	private final JdbcTemplate jdbc;
	private final TransactionTemplate transactions;
	private final Municipality municipality;
	private volatile boolean running;

	DemoRegisters(JdbcTemplate jdbc, TransactionTemplate transactions, Municipality municipality) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.municipality = municipality;
	}

	@Override
	public void start() {
		Integer loaded = jdbc.queryForObject("select count(*) from registers_borehole where licence_number like 'VP-%'",
				Integer.class);
		if (loaded == null || loaded == 0) {
			long started = System.nanoTime();
			transactions.executeWithoutResult(status -> load());
			log.info("Loaded the demo city's public registers in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
		running = true;
	}

	private void load() {
		Random random = new Random(10);
		List<Object[]> properties = new ArrayList<>();
		List<Object[]> addresses = new ArrayList<>();
		List<Object[]> readings = new ArrayList<>();
		List<Object[]> boreholeSites = new ArrayList<>();
		List<Object[]> planCovers = new ArrayList<>();
		List<Object[]> plans = new ArrayList<>();
		int planSequence = 0;
		for (Quarter quarter : QUARTERS) {
			Position origin = origin(quarter);
			UUID[] quarterPlans = {UuidCreator.getTimeOrderedEpoch(), UuidCreator.getTimeOrderedEpoch()};
			for (int half = 0; half < 2; half++) {
				int year = 1935 + random.nextInt(80);
				String number = "Dp " + year + "-" + String.format("%05d", ++planSequence * 37);
				plans.add(new Object[] {quarterPlans[half], number,
						quarter.name() + (half == 0 ? ", kvarteren 1–15" : ", kvarteren 16–30"),
						"in-force", LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)),
						"/registers/plans/" + number.replace(' ', '-')});
			}
			for (int block = 1; block <= BLOCKS; block++) {
				for (int unit = 1; unit <= UNITS; unit++) {
					Position position = new Position(origin.easting() + unit * 24 + random.nextDouble() * 4,
							origin.northing() + block * 55 + random.nextDouble() * 4);
					if (!municipality.contains(position)) {
						continue;
					}
					UUID id = UuidCreator.getTimeOrderedEpoch();
					String designation = "Stockholm " + quarter.name() + " " + block + ":" + unit;
					properties.add(new Object[] {id, designation, Folding.fold(designation), quarter.district(),
							position.easting(), position.northing()});
					String street = block % 2 == 0 ? quarter.street() : quarter.otherStreet();
					int from = 2 * ((block - 1) / 2 * UNITS + unit) - (block % 2);
					int to = quarter.villas() ? from : from + 4;
					addresses.add(new Object[] {id, street, Folding.fold(street + " " + quarter.postalCode() + " " + quarter.postTown()),
							from, to, quarter.postalCode(), quarter.postTown()});
					planCovers.add(new Object[] {quarterPlans[block <= 15 ? 0 : 1], designation});
					if (random.nextInt(3) == 0 || designation.equals("Stockholm Bagarmossen 1:2")) {
						int count = 1 + random.nextInt(2);
						for (int i = 0; i < count; i++) {
							int becquerel = (int) Math.round(Math.exp(4.3 + random.nextGaussian() * 0.7));
							readings.add(new Object[] {UuidCreator.getTimeOrderedEpoch(), id, becquerel,
									LocalDate.of(2008 + random.nextInt(17), 1 + random.nextInt(4), 1 + random.nextInt(28)),
									random.nextInt(5) == 0 ? "short-term" : "long-term"});
						}
					}
					if (quarter.villas()) {
						boreholeSites.add(new Object[] {designation, position});
					}
				}
			}
		}
		insertAll("registers_property", "id uuid, designation text, designation_folded text, district text, "
				+ "easting float8, northing float8", properties);
		insertAll("registers_property_address", "property_id uuid, street text, address_folded text, number_from int, "
				+ "number_to int, postal_code text, post_town text", addresses);
		insertAll("registers_radon_reading", "id uuid, property_id uuid, becquerel int, measured_on date, method text", readings);
		insertAll("registers_plan", "id uuid, plan_number text, name text, status text, decided_on date, document_url text", plans);
		insertAll("registers_plan_property", "plan_id uuid, property_designation text", planCovers);
		insertAll("registers_borehole", "id uuid, licence_number text, property_designation text, depth_metres int, "
				+ "licensed_on date, district text, easting float8, northing float8", boreholes(boreholeSites, random));
		food(random);
	}

	/**
	 * Inserts rows into a table in one statement, each column given as one text array and unnested, so the
	 * 50,000-odd rows take one round trip a table. {@code columns} names each column with its type
	 * ({@code id uuid, name text}).
	 */
	private void insertAll(String table, String columns, List<Object[]> rows) {
		String[] declared = columns.split(",\\s*");
		List<String[]> values = new ArrayList<>();
		for (int i = 0; i < declared.length; i++) {
			String[] column = new String[rows.size()];
			for (int r = 0; r < rows.size(); r++) {
				column[r] = String.valueOf(rows.get(r)[i]);
			}
			values.add(column);
		}
		StringBuilder names = new StringBuilder();
		StringBuilder casts = new StringBuilder();
		for (int i = 0; i < declared.length; i++) {
			String[] nameAndType = declared[i].split(" ");
			names.append(i == 0 ? "" : ", ").append(nameAndType[0]);
			casts.append(i == 0 ? "" : ", ").append("c").append(i).append("::").append(nameAndType[1]);
		}
		StringBuilder unnest = new StringBuilder();
		for (int i = 0; i < declared.length; i++) {
			unnest.append(i == 0 ? "" : ", ").append("?::text[]");
		}
		StringBuilder aliases = new StringBuilder();
		for (int i = 0; i < declared.length; i++) {
			aliases.append(i == 0 ? "" : ", ").append("c").append(i);
		}
		jdbc.update("insert into " + table + " (" + names + ") select " + casts + " from unnest(" + unnest + ") as u("
				+ aliases + ")", values.toArray());
	}

	/** Exactly {@link #BOREHOLES}: one on each villa lot, then a second on lots taken in turn. */
	private List<Object[]> boreholes(List<Object[]> sites, Random random) {
		List<Object[]> rows = new ArrayList<>();
		for (int i = 0; rows.size() < BOREHOLES; i++) {
			Object[] site = sites.get(i % sites.size());
			Position lot = (Position) site[1];
			boolean second = i >= sites.size();
			Position position = new Position(lot.easting() + (second ? 9 : 0) + random.nextDouble() * 2,
					lot.northing() + (second ? -6 : 0) + random.nextDouble() * 2);
			int year = 1985 + random.nextInt(40);
			rows.add(new Object[] {UuidCreator.getTimeOrderedEpoch(), String.format("VP-%d-%05d", year, i + 1), site[0],
					60 + random.nextInt(24) * 10, LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28)),
					municipality.district(position).orElse(""), position.easting(), position.northing()});
		}
		return rows;
	}

	private void food(Random random) {
		List<Object[]> businesses = new ArrayList<>();
		List<Object[]> inspections = new ArrayList<>();
		for (int i = 0; i < 300; i++) {
			Quarter quarter = QUARTERS.get(i % QUARTERS.size());
			boolean restaurant = i == 0;
			String name = restaurant ? "Kvarterskrogen Linden" : FOOD_KINDS[random.nextInt(FOOD_KINDS.length)] + " "
					+ quarter.name() + (i >= QUARTERS.size() * FOOD_KINDS.length / 2 ? " " + (i / QUARTERS.size()) : "");
			String organisationNumber = restaurant ? "5594123076"
					: OrganisationNumber.of("55" + (2 + random.nextInt(8)) + String.format("%06d", random.nextInt(1_000_000))).value();
			String street = quarter.street() + " " + (1 + random.nextInt(60));
			UUID id = UuidCreator.getTimeOrderedEpoch();
			businesses.add(new Object[] {id, name, Folding.fold(name), organisationNumber, street, quarter.postalCode(),
					quarter.postTown(), quarter.district(),
					Folding.fold(street + " " + quarter.postalCode() + " " + quarter.postTown() + " " + quarter.district())});
			int count = 1 + random.nextInt(4);
			LocalDate on = LocalDate.of(2026, 10, 1).minusDays(random.nextInt(120));
			for (int k = 0; k < count; k++) {
				int roll = random.nextInt(10);
				String result = roll < 6 ? "no-remarks" : roll < 9 ? "remarks" : "serious-remarks";
				String remarks = result.equals("no-remarks") ? ""
						: result.equals("remarks") ? REMARKS[random.nextInt(REMARKS.length)]
						: SERIOUS_REMARKS[random.nextInt(SERIOUS_REMARKS.length)];
				inspections.add(new Object[] {UuidCreator.getTimeOrderedEpoch(), id, on, result, remarks});
				on = on.minusDays(200 + random.nextInt(300));
			}
		}
		jdbc.batchUpdate("insert into registers_food_business (id, name, name_folded, organisation_number, street, postal_code, "
				+ "post_town, district, area_folded) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing", businesses);
		jdbc.batchUpdate("insert into registers_food_inspection (id, business_id, inspected_on, result, remarks) "
				+ "values (?, ?, ?, ?, ?)", inspections);
	}

	/** Where the quarter's lots begin: inside its district, offset from the district's inner point. */
	private Position origin(Quarter quarter) {
		Municipality.District district = municipality.districts().stream().filter(d -> d.name().equals(quarter.district()))
				.findFirst().orElseThrow(() -> new IllegalStateException("no district " + quarter.district()));
		Point inside = district.outline().getInteriorPoint();
		return new Position(inside.getX() + quarter.east(), inside.getY() + quarter.north());
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}
}
