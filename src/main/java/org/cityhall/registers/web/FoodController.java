package org.cityhall.registers.web;

import java.util.UUID;

import org.cityhall.registers.FoodInspections;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Food inspection results: businesses by name or area, each with its latest result first and its history. */
@Controller
class FoodController {

	private final FoodInspections food;

	FoodController(FoodInspections food) {
		this.food = food;
	}

	@GetMapping("/registers/food")
	String search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page, Model model) {
		Queries.answer(model, "/registers/food", q, page, food::search);
		return "registers/food";
	}

	@GetMapping("/registers/food/{id}")
	String business(@PathVariable UUID id, Model model) {
		model.addAttribute("inspected", food.business(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "registers/food-business";
	}
}
