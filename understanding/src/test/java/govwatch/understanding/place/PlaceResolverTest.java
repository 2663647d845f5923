package govwatch.understanding.place;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.places.Divisions;
import govwatch.understanding.model.Level;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Same-named places told apart by the declared county, the stated parent or the page's mentions. */
class PlaceResolverTest {

    private final PlaceResolver resolver = new PlaceResolver(Divisions.official());

    @ParameterizedTest(name = "{0} declared={1} parent={2} text={3} → {4} by {5}")
    @CsvSource(nullValues = "-", value = {
        // name,   declared county, stated parent, page text,                     code,          how
        "东明镇,   150525,          -,      -,                                     150525105000, declared-county",
        "东明镇,   220382000000,    -,      -,                                     220382107000, declared-county",
        "东明镇,   -,               卢氏县, -,                                     411224107000, stated-parent",
        "东明镇,   -,               通辽市, -,                                     150525105000, stated-parent",
        "东明镇,   -,               -,      来源：奈曼旗人民政府,                  150525105000, page-mentions-county",
        "东明镇,   -,               -,      四平市召开会议,                        220382107000, page-mentions-city",
        "东明镇,   -,               -,      -,                                     -,            -",
        "东明镇,   -,               -,      习近平总书记交给内蒙古的五大任务,      150525105000, page-mentions-province",
        "东明镇,   -,               -,      奈曼旗的吉林路,                        150525105000, page-mentions-county",
        "东明镇,   -,               -,      奈曼旗和卢氏县,                        -,            -",
        "东明镇,   150627,          -,      奈曼旗,                                -,            -",
        "东明镇,   -,               伊金霍洛旗, 奈曼旗,                            -,            -",
        "城关镇,   -,               -,      -,                                     -,            -",
        "伊金霍洛镇, -,             -,      -,                                     150627106000, only-one",
        "伊金霍洛镇, 150525,        -,      -,                                     -,            -",
        "青水东镇, -,               -,      -,                                     -,            -",
        "奈曼旗,   150525,          -,      -,                                     150525000000, declared-county",
        "通辽市,   150525,          -,      -,                                     150500000000, only-one",
    })
    void resolves(String name, String declared, String parent, String text, String code, String how) {
        PlaceResolver.Resolution r = resolver.resolve(name, Level.TOWNSHIP.equals(levelOf(name)) ? Level.TOWNSHIP
                : levelOf(name), new PlaceClues(declared, parent, text == null ? "" : text));
        assertThat(r.place() == null ? null : r.place().code()).isEqualTo(code);
        assertThat(r.how()).isEqualTo(how);
    }

    private static Level levelOf(String name) {
        return name.endsWith("镇") ? Level.TOWNSHIP : name.endsWith("旗") ? Level.COUNTY : Level.CITY;
    }
}
