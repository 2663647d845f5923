package govwatch.understanding.place;

import static org.assertj.core.api.Assertions.assertThat;

import govwatch.places.Divisions;
import govwatch.places.Place;
import govwatch.understanding.model.Level;
import govwatch.understanding.model.Region;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Official units of the bundled list seen as report regions: level from kind (and name), common name, code. */
class PlaceLevelsTest {

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource({
        // official name,  code,         level,       region name
        "东华门街道,        110101001000, SUBDISTRICT, 东华门街道",
        "贡宝拉格苏木,      152527201000, TOWNSHIP,    贡宝拉格苏木",
        "伊金霍洛镇,        150627106000, TOWNSHIP,    伊金霍洛镇",
        "大沁他拉街道办事处, 150525401000, SUBDISTRICT, 大沁他拉街道",
        "一心乡,            230624200000, TOWNSHIP,    一心乡",
        "七星区,            450305000000, DISTRICT,    七星区",
        "双辽市,            220382000000, COUNTY,      双辽市",
        "奈曼旗,            150525000000, COUNTY,      奈曼旗",
        "通辽市,            150500000000, CITY,        通辽市",
        "内蒙古自治区,      150000000000, PROVINCE,    内蒙古自治区",
    })
    void anOfficialUnitBecomesARegionWithItsLevelAndCode(String name, String code, Level level, String regionName) {
        Place p = Divisions.official().byCode(code).orElseThrow();
        assertThat(p.name()).isEqualTo(name);
        assertThat(PlaceLevels.level(p)).isEqualTo(level);
        assertThat(PlaceLevels.region(p)).isEqualTo(new Region(regionName, level, code));
    }
}
