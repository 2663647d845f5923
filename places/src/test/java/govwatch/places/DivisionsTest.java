package govwatch.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled NBS 2023 list: counts, names, codes, kinds and a county's townships (levels: PlaceLevelsTest in understanding). */
class DivisionsTest {

    private final Divisions divisions = Divisions.official();

    @Test
    void holdsTheWholeEdition() {
        assertThat(divisions.size()).isEqualTo(31 + 342 + 2978 + 41_352);
        assertThat(divisions.named("城关镇")).hasSize(88).allMatch(p -> p.kind() == PlaceKind.TOWN);
        assertThat(divisions.named("东明镇")).extracting(Place::county).containsExactly("奈曼旗", "双辽市", "卢氏县");
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource({
        // name,        code,          kind,         county, city,   province
        "东华门街道,    110101001000, SUBDISTRICT,  东城区, 市辖区, 北京市",
        "贡宝拉格苏木,  152527201000, TOWNSHIP,     太仆寺旗, 锡林郭勒盟, 内蒙古自治区",
        "伊金霍洛镇,    150627106000, TOWN,         伊金霍洛旗, 鄂尔多斯市, 内蒙古自治区",
        "漓东街道,      450305004000, SUBDISTRICT,  七星区, 桂林市, 广西壮族自治区",
        "大沁他拉街道,  150525401000, TOWNSHIP_LIKE, 奈曼旗, 通辽市, 内蒙古自治区",
        "一心乡,        230624200000, TOWNSHIP,     杜尔伯特蒙古族自治县, 大庆市, 黑龙江省",
        "双辽市,        220382000000, COUNTY_CITY,  ,       四平市, 吉林省",
        "奈曼旗,        150525000000, COUNTY,       ,       通辽市, 内蒙古自治区",
        "通辽市,        150500000000, PREFECTURE,   ,       ,       内蒙古自治区",
    })
    void unitsCarryCodeKindAndParents(String name, String code, PlaceKind kind, String county,
                                     String city, String province) {
        List<Place> found = divisions.named(name);
        assertThat(found).hasSize(1);
        Place p = found.get(0);
        assertThat(p.code()).isEqualTo(code);
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.county()).isEqualTo(county);
        assertThat(p.city()).isEqualTo(city);
        assertThat(p.province()).isEqualTo(province);
        assertThat(divisions.byCode(code)).contains(p);
    }

    @Test
    void aStreetOfficeIsFoundByItsShortNameAndKeepsItsOfficialOne() {
        Place p = divisions.named("大沁他拉街道办事处").get(0);
        assertThat(p.name()).isEqualTo("大沁他拉街道办事处");
        assertThat(p.commonName()).isEqualTo("大沁他拉街道");
        assertThat(divisions.named("大沁他拉街道")).containsExactly(p);
    }

    @ParameterizedTest
    @CsvSource({"150525, 奈曼旗", "150525000000, 奈曼旗", "150525105, 东明镇", "150525105000, 东明镇", "15, 内蒙古自治区",
        "1505, 通辽市", "150500000000, 通辽市"})
    void codesAreAcceptedInShortAndLongForm(String code, String name) {
        assertThat(divisions.byCode(code)).map(Place::name).contains(name);
    }

    @ParameterizedTest
    @CsvSource({"999999", "15052", "150525999", "abc", "''", "150525105001"})
    void unknownOrMalformedCodesFindNothing(String code) {
        assertThat(divisions.byCode(code)).isEmpty();
    }

    @Test
    void placeholdersAndUnknownNamesAreNotPlaces() {
        assertThat(divisions.named("市辖区")).isEmpty();
        assertThat(divisions.named("省直辖县级行政区划")).isEmpty();
        assertThat(divisions.named("青水东镇")).isEmpty();
        assertThat(divisions.named("推进乡")).isEmpty();
        assertThat(divisions.named("")).isEmpty();
        assertThat(divisions.named(null)).isEmpty();
    }

    @Test
    void aCountysTownshipsAreItsTownshipLevelUnitsInCodeOrder() {
        List<Place> towns = divisions.townshipsOf("150627");
        assertThat(towns).isNotEmpty().allMatch(p -> p.county().equals("伊金霍洛旗") && p.kind().townshipLevel());
        assertThat(towns).extracting(Place::name).contains("伊金霍洛镇").doesNotContain("伊金霍洛旗");
        assertThat(towns).extracting(Place::code).isSorted();
        assertThat(divisions.townshipsOf("150627000000")).isEqualTo(towns);
        assertThat(divisions.townshipsOf("1506")).isEmpty();
        assertThat(divisions.townshipsOf("150627100")).isEmpty();
        int all = 0;
        for (Place county : divisions.named("城关镇")) {
            all += divisions.townshipsOf(county.countyCode()).size();
        }
        assertThat(all).isGreaterThan(88);
    }

    /** 东莞市 and 中山市 have no counties: their towns hang under a county-level entry sharing the city's code. */
    @Test
    void townsOfACityWithoutCountiesAreReadWithThatCityAsTheirCounty() {
        Divisions d = Divisions.load();
        assertThat(d.named("虎门镇")).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("441900121000");
            assertThat(p.county()).isEqualTo("东莞市");
            assertThat(p.province()).isEqualTo("广东省");
        });
        assertThat(d.named("石龙镇")).extracting(Place::county).contains("东莞市", "京山市");
        assertThat(d.named("石岐街道")).extracting(Place::county).containsExactly("中山市");
        assertThat(d.townshipsOf("441900")).extracting(Place::name).contains("虎门镇", "石龙镇");
    }
}
