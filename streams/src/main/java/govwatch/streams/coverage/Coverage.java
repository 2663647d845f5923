package govwatch.streams.coverage;

import govwatch.events.PublishedReport;
import govwatch.places.Divisions;
import govwatch.places.Place;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which township-level units of a county have published their report for a plan year, and which have not. Plain Java:
 * the reports come from wherever the caller read them.
 *
 * <p>A township counts as published when a report of that plan year carries its official code, or, for a report
 * whose place did not resolve to a code, when it names the township as written in the official list and names the
 * county as its parent. A draft counts (it is a published report), and says so.
 *
 * <p>Used by {@code govwatch coverage} and export on the stored reports, and by the topology's MISSING_REPORT check
 * on the townships it has seen published (by code).
 */
public final class Coverage {

    /** Whether a township has a report for the year. */
    public enum Status { PUBLISHED, MISSING }

    /**
     * One township-level unit of the county.
     *
     * @param code      its 12-digit official code
     * @param name      its name as pages write it
     * @param status    published or missing
     * @param reportId  the report's id when published, else null
     * @param draft     whether the report found is a draft (草案)
     * @param sourceUrl where the report was read, else null
     */
    public record Township(String code, String name, Status status, String reportId, boolean draft,
            String sourceUrl) {
    }

    /**
     * The county's coverage for one plan year.
     *
     * @param county     the county's 12-digit code
     * @param countyName its official name
     * @param year       the plan year
     * @param townships  every township-level unit of the county, in code order
     */
    public record Table(String county, String countyName, int year, List<Township> townships) {

        /** How many townships have published. */
        public long published() {
            return townships.stream().filter(t -> t.status() == Status.PUBLISHED).count();
        }
    }

    private final Divisions divisions;

    public Coverage(Divisions divisions) {
        this.divisions = divisions;
    }

    /**
     * The coverage of {@code countyCode} (6 or 12 digits) in plan year {@code year}, given the reports known (by id).
     *
     * @throws IllegalArgumentException when the code is not a county-level unit of the official list
     */
    public Table of(String countyCode, int year, Map<String, PublishedReport> reports) {
        Place county = county(countyCode);
        List<Map.Entry<String, PublishedReport>> ofYear = reports.entrySet().stream()
                .filter(e -> e.getValue().report() && e.getValue().region() != null
                        && Objects.equals(e.getValue().year(), year)).toList();
        List<Township> townships = divisions.townshipsOf(county.code()).stream()
                .map(t -> find(t, county, ofYear).map(e -> new Township(t.code(), t.commonName(), Status.PUBLISHED,
                                e.getKey(), e.getValue().draft(), e.getValue().sourceUrl()))
                        .orElseGet(() -> new Township(t.code(), t.commonName(), Status.MISSING, null, false, null)))
                .toList();
        return new Table(county.code(), county.name(), year, townships);
    }

    /**
     * The township-level units of {@code countyCode} whose code is not among {@code published}, in code order.
     *
     * @throws IllegalArgumentException when the code is not a county-level unit of the official list
     */
    public List<Place> missing(String countyCode, Set<String> published) {
        return divisions.townshipsOf(county(countyCode).code()).stream()
                .filter(t -> !published.contains(t.code())).toList();
    }

    /** How many township-level units {@code countyCode} has (0 for a code that is not a county-level unit). */
    public int townships(String countyCode) {
        return divisions.townshipsOf(countyCode).size();
    }

    /**
     * The official township-level unit a report is of, when its county is known ({@link Counties#countyOf}): the
     * unit of its code, or the one of its county named as the report names its place; empty for the county's own
     * report or a place the list does not have.
     */
    public Optional<Place> townshipOf(PublishedReport report) {
        if (!report.report() || report.region() == null) {
            return Optional.empty();
        }
        return Counties.countyOf(report).flatMap(county -> divisions.townshipsOf(county.code()).stream()
                .filter(t -> isOf(report, t, county)).findFirst());
    }

    /** The county-level unit of a 6- or 12-digit code. */
    public Place county(String countyCode) {
        return divisions.byCode(countyCode).filter(p -> p.kind().countyLevel())
                .orElseThrow(() -> new IllegalArgumentException(countyCode
                        + " is not a county-level code of the official division list (NBS 2023)"));
    }

    /** The township's report, a final version preferred over a draft. */
    private static Optional<Map.Entry<String, PublishedReport>> find(Place township, Place county,
            List<Map.Entry<String, PublishedReport>> reports) {
        return reports.stream().filter(e -> isOf(e.getValue(), township, county))
                .min((a, b) -> Boolean.compare(a.getValue().draft(), b.getValue().draft()));
    }

    private static boolean isOf(PublishedReport r, Place township, Place county) {
        if (r.region().code() != null) {
            return r.region().code().equals(township.code());
        }
        return township.commonName().equals(r.region().name()) && r.parent() != null
                && (county.code().equals(r.parent().code()) || county.name().equals(r.parent().name()));
    }
}
