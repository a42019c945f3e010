package org.cityhall.identity.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cityhall.identity.staff.StaffDirectory.StaffMember;
import org.cityhall.identity.StaffRoles;
import org.cityhall.shared.ScopedRole;

/**
 * The demo city's staff: an officer of each department that runs e-services, a contact-centre
 * agent, a traffic warden, an archivist, a programme analyst, a platform administrator, a head
 * teacher, and an editor and a publisher of information pages in a few departments. They
 * are named by what they do, since none of them is a real person.
 */
public final class DemoStaff {

	/** The departments whose officers the demo offers, with their names in Swedish. */
	static final List<String[]> DEPARTMENTS = List.of(
			new String[] {"environment-health", "Miljöförvaltningen"},
			new String[] {"city-planning", "Stadsbyggnadskontoret"},
			new String[] {"traffic", "Trafikkontoret"},
			new String[] {"education", "Utbildningsförvaltningen"},
			new String[] {"district-administrations", "Stadsdelsförvaltningarna"},
			new String[] {"social", "Socialförvaltningen"},
			new String[] {"elderly-care", "Äldreförvaltningen"},
			new String[] {"culture", "Kulturförvaltningen"},
			new String[] {"sports", "Idrottsförvaltningen"},
			new String[] {"housing-agency", "Bostadsförmedlingen"},
			new String[] {"service-administration", "Serviceförvaltningen"},
			new String[] {"chief-guardian", "Överförmyndarförvaltningen"});

	/** The departments whose information pages the demo city's editors and publishers write and approve. */
	static final List<String[]> CONTENT_DEPARTMENTS = List.of(
			new String[] {"city-planning", "Stadsbyggnadskontoret"},
			new String[] {"elderly-care", "Äldreförvaltningen"},
			new String[] {"environment-health", "Miljöförvaltningen"},
			new String[] {"district-administrations", "Stadsdelsförvaltningarna"});

	private DemoStaff() {
	}

	public static List<StaffMember> all() {
		List<StaffMember> staff = new ArrayList<>();
		for (String[] department : DEPARTMENTS) {
			staff.add(new StaffMember("officer-" + department[0], "Handläggare, " + department[1],
					"officer-" + department[0] + "@stad.example", department[0],
					Set.of(ScopedRole.inDepartment(StaffRoles.OFFICER, department[0]))));
		}
		staff.add(new StaffMember("contact-centre-agent", "Kontaktcenteragent", "kontaktcenter@stad.example",
				"service-administration", Set.of(ScopedRole.cityWide(StaffRoles.CONTACT_CENTRE_AGENT))));
		staff.add(new StaffMember("traffic-warden", "Parkeringsvakt", "parkeringsvakt@stad.example", "traffic",
				Set.of(ScopedRole.inDepartment(StaffRoles.TRAFFIC_WARDEN, "traffic"))));
		staff.add(new StaffMember("archivist", "Arkivarie", "arkivarie@stad.example", "city-executive-office",
				Set.of(ScopedRole.cityWide(StaffRoles.ARCHIVIST))));
		staff.add(new StaffMember("programme-analyst", "Programanalytiker", "analytiker@stad.example",
				"city-executive-office", Set.of(ScopedRole.cityWide(StaffRoles.PROGRAMME_ANALYST))));
		staff.add(new StaffMember("platform-administrator", "Plattformsförvaltare", "plattform@stad.example",
				"service-administration", Set.of(ScopedRole.cityWide(StaffRoles.PLATFORM_ADMINISTRATOR))));
		staff.add(new StaffMember("protected-identity-officer", "Handläggare med behörighet till skyddade personuppgifter",
				"skyddade@stad.example", "social", Set.of(ScopedRole.inDepartment(StaffRoles.OFFICER, "social"),
						ScopedRole.cityWide(StaffRoles.PROTECTED_IDENTITY_READER))));
		// The head teacher (rektor) of the demo city's Vasaskolan, who sees the school's admitted children
		// once a school choice round is allocated; the role's scope is the school (placement's unit).
		staff.add(new StaffMember("head-teacher-vasaskolan", "Rektor, Vasaskolan", "rektor-vasaskolan@stad.example",
				"education", Set.of(new ScopedRole("head-teacher", "unit:vasaskolan"))));
		// Care staff of the home help in Bromma, who write the elderly persona's care diary and see only the
		// persons of their unit; and a teacher of Förskolan Solrosen, the pre-school child's pre-school.
		staff.add(new StaffMember("care-staff-home-help-bromma", "Undersköterska, hemtjänst Bromma",
				"hemtjanst-bromma@stad.example", "elderly-care", Set.of(new ScopedRole("care-staff", "unit:home-help-bromma"))));
		staff.add(new StaffMember("preschool-teacher-solrosen", "Förskollärare, Förskolan Solrosen",
				"solrosen@stad.example", "district-administrations",
				Set.of(new ScopedRole("preschool-staff", "unit:preschool-solrosen"))));
		// An editor and a publisher of information pages in each of the departments whose pages the
		// demo city shows, so every page can be written by one and approved by another.
		for (String[] department : CONTENT_DEPARTMENTS) {
			staff.add(new StaffMember("content-editor-" + department[0], "Redaktör, " + department[1],
					"redaktor-" + department[0] + "@stad.example", department[0],
					Set.of(ScopedRole.inDepartment(StaffRoles.CONTENT_EDITOR, department[0]))));
			staff.add(new StaffMember("content-publisher-" + department[0], "Publicerande redaktör, " + department[1],
					"publicering-" + department[0] + "@stad.example", department[0],
					Set.of(ScopedRole.inDepartment(StaffRoles.CONTENT_PUBLISHER, department[0]))));
		}
		return List.copyOf(staff);
	}
}
