package org.cityhall.registers;

/** One page of a register's search: which page it is, how many there are, how many were found. */
public interface SearchPage {

	int page();

	int pages();

	int total();
}
