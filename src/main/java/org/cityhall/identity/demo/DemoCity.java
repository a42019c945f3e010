package org.cityhall.identity.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.cityhall.identity.demo.DemoDistricts.District;
import org.cityhall.identity.demo.DemoDistricts.Street;
import org.cityhall.identity.demo.DemoDraws.Sex;
import org.cityhall.shared.Address;
import org.cityhall.shared.PersonalIdentityNumber;
import org.cityhall.shared.Position;

/**
 * Generates the demo city's register extracts: about 3,000 residents in households across
 * Stockholm's districts, their custody relations, their cars and their companies, plus the fixed
 * {@link DemoPersonas}. The same seed gives the same extracts, byte for byte; ages count from
 * {@link #AS_OF}, not from today, for that reason.
 */
final class DemoCity {

	static final long DEFAULT_SEED = 2026;

	/** The day the demo city describes: everyone's age counts from it. */
	static final LocalDate AS_OF = LocalDate.of(2026, 11, 26);

	static final int RESIDENTS = 3_000;

	private static final List<String> TRADES = List.of("Bygg", "Konsult", "Måleri", "El", "Redovisning", "Städ",
			"Design", "Fastigheter", "IT", "Transport", "Hälsa", "Rör", "Snickeri", "Arkitekter", "Juridik", "Media");

	private static final List<String> RESTAURANTS = List.of("Restaurang Lyktan", "Bistro Pelaren", "Krogen Ankaret",
			"Café Gläntan", "Restaurang Kastanjen", "Pizzeria Smedjan", "Bistro Bryggan", "Restaurang Fyren");

	private final DemoDraws draw;
	private final Map<String, Position> streetAnchors = new HashMap<>();
	private final Map<String, Position> addressPositions = new HashMap<>();

	private final List<Resident> residents = new ArrayList<>();
	private final List<String[]> guardianships = new ArrayList<>();
	private final List<String[]> vehicles = new ArrayList<>();
	private final List<String[]> companies = new ArrayList<>();
	private final List<String[]> signatories = new ArrayList<>();
	private final List<List<Resident>> soleCustodyFamilies = new ArrayList<>();
	private final List<Resident> singles = new ArrayList<>();
	private final Set<PersonalIdentityNumber> protectedIdentities = new HashSet<>();
	private int households;

	private DemoCity(long seed) {
		this.draw = new DemoDraws(seed, AS_OF);
	}

	/** The five extract files of the demo city for a seed. */
	static DemoExtract generate(long seed) {
		return new DemoCity(seed).build();
	}

	private record Home(String householdId, District district, Address address, Position position) {
	}

	private record Resident(PersonalIdentityNumber number, String givenName, String familyName, Home home, int age) {
	}

	private DemoExtract build() {
		personas();
		while (residents.size() < RESIDENTS) {
			int kind = draw.below(100);
			if (kind < 24) {
				family();
			}
			else if (kind < 31) {
				sharedCustody();
			}
			else if (kind < 35) {
				singleParent();
			}
			else if (kind < 43) {
				elderlyWithRelative();
			}
			else if (kind < 62) {
				couple();
			}
			else {
				singles.add(resident(home(draw.district()), draw.sex(), draw.adultAge(19, 95), draw.familyName()));
			}
		}
		protectedIdentities();
		List<String> leasingCompanies = companies();
		cars(leasingCompanies);
		return write();
	}

	private void personas() {
		Home sara = fixedHome(DemoDistricts.HAGERSTEN_LILJEHOLMEN, "Midsommarvägen 14", "12635", "Hägersten", 671_270, 6_577_440);
		Resident parent = persona(DemoPersonas.PARENT, sara);
		Resident preschool = persona(DemoPersonas.PRESCHOOL_CHILD, sara);
		Resident school = persona(DemoPersonas.SCHOOL_CHILD, sara);
		Home johan = fixedHome(DemoDistricts.ALVSJO, "Götalandsvägen 212", "12544", "Älvsjö", 671_270, 6_574_760);
		Resident coParent = persona(DemoPersonas.CO_PARENT, johan);
		for (Resident child : List.of(preschool, school)) {
			guardian(child, parent);
			guardian(child, coParent);
		}
		persona(DemoPersonas.ELDERLY, fixedHome(DemoDistricts.BROMMA, "Åkeshovsvägen 17", "16839", "Bromma", 666_580, 6_581_630));
		Home anders = fixedHome(DemoDistricts.FARSTA, "Farstagången 6", "12347", "Farsta", 676_410, 6_571_200);
		persona(DemoPersonas.RELATIVE, anders);
		resident(anders, Sex.FEMALE, 58, draw.familyName());
		Home karin = fixedHome(DemoDistricts.SODERMALM, "Skånegatan 51", "11637", "Stockholm", 675_300, 6_578_960);
		Resident carOwner = persona(DemoPersonas.CAR_OWNER, karin);
		draw.reserve(DemoPersonas.CAR_OWNER_PLATE);
		vehicles.add(new String[] {DemoPersonas.CAR_OWNER_PLATE, carOwner.number().value(), "", "true", "Volvo V60"});
		Home yusuf = fixedHome(DemoDistricts.KUNGSHOLMEN, "Fleminggatan 41", "11232", "Stockholm", 672_930, 6_581_080);
		Resident businessOwner = persona(DemoPersonas.BUSINESS_OWNER, yusuf);
		resident(yusuf, Sex.FEMALE, 49, "Demir");
		draw.reserve(DemoPersonas.RESTAURANT_ORGANISATION_NUMBER);
		companies.add(new String[] {DemoPersonas.RESTAURANT_ORGANISATION_NUMBER, DemoPersonas.RESTAURANT_NAME});
		signatories.add(new String[] {DemoPersonas.RESTAURANT_ORGANISATION_NUMBER, businessOwner.number().value()});
		vehicles.add(new String[] {draw.plate(), DemoPersonas.RESTAURANT_ORGANISATION_NUMBER, "", "true", "Volkswagen Transporter"});
	}

	private Resident persona(DemoPersonas.Persona persona, Home home) {
		PersonalIdentityNumber number = PersonalIdentityNumber.parse(persona.id(), AS_OF);
		draw.reserve(number.value());
		String[] name = persona.name().split(" ", 2);
		Resident resident = new Resident(number, name[0], name[1], home, number.ageOn(AS_OF));
		residents.add(resident);
		return resident;
	}

	/** Two parents and one to three children, all at one address. */
	private void family() {
		Home home = home(draw.district());
		List<Integer> ages = draw.childAges(1 + draw.pick(45, 40, 15));
		String family = draw.familyName();
		int age = draw.parentAge(ages);
		Resident first = resident(home, Sex.FEMALE, age, family);
		Resident second = resident(home, draw.oneIn(20) ? Sex.FEMALE : Sex.MALE, Math.max(age - 3 + draw.below(9), ages.get(0) + 19),
				draw.oneIn(4) ? draw.familyName() : family);
		for (int childAge : ages) {
			Resident child = resident(home, draw.sex(), childAge, family);
			guardian(child, first);
			guardian(child, second);
		}
	}

	/** Parents who live apart and share custody; the children are registered with one of them. */
	private void sharedCustody() {
		Home home = home(draw.district());
		Home other = home(draw.district());
		List<Integer> ages = draw.childAges(1 + draw.pick(55, 45));
		String family = draw.familyName();
		boolean withMother = draw.below(3) > 0;
		Resident withChildren = resident(home, withMother ? Sex.FEMALE : Sex.MALE, draw.parentAge(ages), family);
		Resident apart = resident(other, withMother ? Sex.MALE : Sex.FEMALE, draw.parentAge(ages),
				draw.coin() ? family : draw.familyName());
		if (draw.oneIn(3)) {
			resident(other, withMother ? Sex.FEMALE : Sex.MALE, draw.adultAge(28, 50), draw.familyName());
		}
		for (int childAge : ages) {
			Resident child = resident(home, draw.sex(), childAge, family);
			guardian(child, withChildren);
			guardian(child, apart);
		}
	}

	/** One parent with sole custody. */
	private void singleParent() {
		Home home = home(draw.district());
		List<Integer> ages = draw.childAges(1 + draw.pick(60, 40));
		String family = draw.familyName();
		Resident parent = resident(home, draw.below(4) > 0 ? Sex.FEMALE : Sex.MALE, draw.parentAge(ages), family);
		List<Resident> members = new ArrayList<>(List.of(parent));
		for (int childAge : ages) {
			Resident child = resident(home, draw.sex(), childAge, family);
			guardian(child, parent);
			members.add(child);
		}
		soleCustodyFamilies.add(members);
	}

	/** One or two people over 80, and an adult child of theirs living elsewhere. */
	private void elderlyWithRelative() {
		Home home = home(draw.district());
		String family = draw.familyName();
		int age = draw.adultAge(80, 96);
		resident(home, draw.below(3) > 0 ? Sex.FEMALE : Sex.MALE, age, family);
		if (draw.oneIn(3)) {
			resident(home, Sex.MALE, Math.min(age + draw.below(5), 99), family);
		}
		Home relatives = home(draw.district());
		int childAge = Math.max(42, age - 22 - draw.below(16));
		resident(relatives, draw.sex(), childAge, draw.below(3) > 0 ? family : draw.familyName());
		if (draw.coin()) {
			resident(relatives, draw.sex(), childAge - 3 + draw.below(7), draw.familyName());
		}
	}

	private void couple() {
		Home home = home(draw.district());
		int age = draw.adultAge(22, 85);
		String family = draw.familyName();
		resident(home, Sex.FEMALE, age, family);
		resident(home, draw.oneIn(15) ? Sex.FEMALE : Sex.MALE, Math.max(19, age - 4 + draw.below(9)),
				draw.coin() ? family : draw.familyName());
	}

	/** Two families whose members all have a protected identity, and three people living alone. */
	private void protectedIdentities() {
		for (int i = 0; i < 2 && !soleCustodyFamilies.isEmpty(); i++) {
			soleCustodyFamilies.remove(draw.below(soleCustodyFamilies.size()))
					.forEach(member -> protectedIdentities.add(member.number()));
		}
		for (int i = 0; i < 3 && !singles.isEmpty(); i++) {
			protectedIdentities.add(singles.remove(draw.below(singles.size())).number());
		}
	}

	/** About a hundred limited companies, a few of them restaurants, and two leasing companies. */
	private List<String> companies() {
		List<Resident> adults = residents.stream().filter(r -> r.age() >= 25 && r.age() <= 70)
				.filter(r -> !protectedIdentities.contains(r.number())).toList();
		for (String restaurant : RESTAURANTS) {
			company(restaurant + " AB", adults);
		}
		for (int i = 0; i < 90; i++) {
			company(draw.familyName() + " " + draw.oneOf(TRADES) + " AB", adults);
		}
		return List.of(company("Stadsbil Leasing AB", adults), company("Billeasing Söder AB", adults));
	}

	private String company(String name, List<Resident> adults) {
		String number = draw.organisationNumber();
		companies.add(new String[] {number, name});
		Set<Resident> signing = new HashSet<>();
		int count = 1 + draw.pick(60, 30, 10);
		while (signing.size() < count) {
			Resident signatory = draw.oneOf(adults);
			if (signing.add(signatory)) {
				signatories.add(new String[] {number, signatory.number().value()});
			}
		}
		return number;
	}

	/** A car for about a third of adults: some leased, some laid up; and some company cars. */
	private void cars(List<String> leasingCompanies) {
		for (Resident resident : residents) {
			if (resident.age() < 18 || resident.number().value().equals(DemoPersonas.CAR_OWNER.id()) || draw.below(100) >= 33) {
				continue;
			}
			String makeAndModel = draw.makeAndModel();
			boolean leased = draw.below(100) < 10;
			boolean inTraffic = draw.below(100) >= 7;
			String owner = leased ? draw.oneOf(leasingCompanies) : resident.number().value();
			String user = leased ? resident.number().value() : "";
			vehicles.add(new String[] {draw.plate(), owner, user, Boolean.toString(inTraffic), makeAndModel});
		}
		for (int i = 0; i < 15; i++) {
			vehicles.add(new String[] {draw.plate(), draw.oneOf(companies)[0], "", "true", draw.makeAndModel()});
		}
	}

	private Resident resident(Home home, Sex sex, int age, String familyName) {
		PersonalIdentityNumber number = draw.number(draw.bornAt(age), sex);
		Resident resident = new Resident(number, draw.givenName(sex, age), familyName, home, age);
		residents.add(resident);
		return resident;
	}

	private void guardian(Resident child, Resident guardian) {
		guardianships.add(new String[] {child.number().value(), guardian.number().value()});
	}

	private Home home(District district) {
		Street street = draw.oneOf(district.streets());
		Address address = new Address(street.name() + " " + (1 + draw.below(90)), street.postalCode(), street.postTown());
		Position anchor = streetAnchors.computeIfAbsent(district.name() + "/" + street.name(),
				key -> draw.around(district.centre(), 800));
		Position position = addressPositions.computeIfAbsent(address.oneLine(), key -> draw.around(anchor, 300));
		return new Home(householdId(), district, address, position);
	}

	private Home fixedHome(District district, String street, String postalCode, String city, double easting, double northing) {
		Address address = new Address(street, postalCode, city);
		Position position = new Position(easting, northing);
		addressPositions.put(address.oneLine(), position);
		return new Home(householdId(), district, address, position);
	}

	private String householdId() {
		return String.format("demo-%05d", ++households);
	}

	private DemoExtract write() {
		DemoExtract.Builder extract = new DemoExtract.Builder();
		for (Resident r : residents) {
			Home home = r.home();
			extract.person(r.number().value(), r.givenName(), r.familyName(), Boolean.toString(protectedIdentities.contains(r.number())),
					home.address().street(), home.address().postalCode(), home.address().city(), home.district().name(),
					Long.toString(Math.round(home.position().easting())), Long.toString(Math.round(home.position().northing())),
					home.householdId());
		}
		guardianships.forEach(extract::guardianship);
		vehicles.forEach(extract::vehicle);
		companies.forEach(extract::company);
		signatories.forEach(extract::signatory);
		return extract.build();
	}
}
