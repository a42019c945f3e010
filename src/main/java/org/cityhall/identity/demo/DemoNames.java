package org.cityhall.identity.demo;

import java.util.List;

/**
 * Common given names in Sweden, by sex and by the generation that was given them, and common
 * family names, for the demo city's residents.
 */
final class DemoNames {

	/** Given names of people born before 1960. */
	static final List<String> OLDER_WOMEN = List.of("Birgitta", "Margareta", "Elisabeth", "Kerstin", "Ingrid", "Eva",
			"Karin", "Marianne", "Gunilla", "Britt", "Ulla", "Barbro", "Inger", "Gunnel", "Monica", "Anita", "Lena",
			"Christina", "Ann-Marie", "Solveig");

	static final List<String> OLDER_MEN = List.of("Lars", "Jan", "Bengt", "Göran", "Lennart", "Kjell", "Sven", "Rolf",
			"Bo", "Leif", "Hans", "Åke", "Bertil", "Rune", "Stig", "Gunnar", "Sten", "Olle", "Ingvar", "Karl");

	/** Given names of people born 1960–2004. */
	static final List<String> WOMEN = List.of("Anna", "Maria", "Sara", "Emma", "Malin", "Jenny", "Hanna", "Linda",
			"Elin", "Sofia", "Johanna", "Annika", "Ida", "Lisa", "Caroline", "Frida", "Camilla", "Jessica", "Therese",
			"Fatima", "Amina", "Leila", "Nadia", "Helena", "Susanne", "Petra", "Katarina", "Josefin", "Matilda", "Amanda");

	static final List<String> MEN = List.of("Johan", "Erik", "Anders", "Mikael", "Peter", "Daniel", "Fredrik",
			"Andreas", "Thomas", "Magnus", "Jonas", "Martin", "Mattias", "Stefan", "Marcus", "Niklas", "Henrik",
			"Mohammed", "Ali", "Ahmed", "Omar", "David", "Simon", "Robert", "Joakim", "Christoffer", "Sebastian",
			"Alexander", "Patrik", "Emil");

	/** Given names of people born 2005 or later. */
	static final List<String> GIRLS = List.of("Alice", "Maja", "Elsa", "Astrid", "Wilma", "Freja", "Olivia", "Ebba",
			"Ella", "Alma", "Vera", "Saga", "Signe", "Agnes", "Selma", "Alva", "Stella", "Lilly", "Nora", "Ellen",
			"Leah", "Edith", "Juni", "Tyra", "Hedda", "Maryam", "Sofia", "Liv", "Iris", "Ines");

	static final List<String> BOYS = List.of("William", "Liam", "Noah", "Hugo", "Lucas", "Elias", "Adam", "Oliver",
			"Alexander", "Leo", "Vincent", "Oscar", "Ludvig", "Nils", "Theo", "Arvid", "Axel", "Charlie", "Frank",
			"Harry", "Melvin", "Sigge", "Ebbe", "Love", "Malte", "Olle", "Yusuf", "Ibrahim", "Isak", "Matteo");

	static final List<String> FAMILY_NAMES = List.of("Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson",
			"Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
			"Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström", "Lindqvist",
			"Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren", "Lundqvist", "Mattsson",
			"Berglund", "Fredriksson", "Sandberg", "Henriksson", "Forsberg", "Sjöberg", "Wallin", "Engström", "Eklund",
			"Danielsson", "Lundin", "Håkansson", "Björk", "Bergman", "Gunnarsson", "Holm", "Wikström", "Samuelsson",
			"Isaksson", "Fransson", "Bergqvist", "Nyström", "Holmberg", "Arvidsson", "Löfgren", "Söderberg", "Nyberg",
			"Blomqvist", "Claesson", "Ali", "Mohammed", "Hassan", "Ahmed", "Nordström", "Mårtensson", "Lundström",
			"Viklund", "Björklund", "Eliasson");

	private DemoNames() {
	}
}
