package dk.pulje.shared.application;

import java.util.List;

public record ApplicationPage(List<ApplicationView> items, int page, int size, long total) {}
