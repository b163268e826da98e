package dk.pulje.shared.application;

import java.util.List;

public record DecisionPage(List<DecisionView> items, int page, int size, long total) {}
