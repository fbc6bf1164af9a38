"""Names the press gives what the data knew by other names (stop 62): a nuclear power plant by
the IAEA's abbreviation (`NPP`, `ZNPP`), the IAEA as the UN's nuclear watchdog (searched for the
Agency, never read as a reference to it), the arch over Chernobyl's fourth reactor, and the US
Entity List as either press writes it."""
import pytest

from tests.search.held import held_document, numbers_found
from unref.references.extract import extract_references

pytestmark = [pytest.mark.django_db, pytest.mark.contract]
SYMBOL = "S/2099/62"
PARAGRAPHS = {
    1: "國際原子能總署專家小組進駐札波羅熱核電廠。",          # Taiwan's names of the plant and the Agency
    2: "扎波罗热核电站外部电源再次中断。",                    # the mainland's
    3: "库尔斯克核电站附近发生无人机袭击。",                  # another plant
    4: "联合国核子监督机构的负责人呼吁朝鲜允许核查人员入境。",  # the watchdog, unnamed
    5: "无人机击中新安全掩体,引发火灾。",                      # the arch, as the mainland writes it
    6: "美國商務部將十八所大學列入實體清單。",                  # the Entity List
    7: "美国商务部将两家公司列入实体名单。",                    # the Entity List, written 名单
    8: "该电站的冷却塔需要维修。",                              # a power station's tower: no plant named
}

held = held_document(SYMBOL, PARAGRAPHS, "2099-05-07")


def test_the_iaeas_abbreviation_of_a_nuclear_power_plant_finds_every_regions_name(held):
    assert numbers_found(SYMBOL, "NPP") == [1, 2, 3]
    assert numbers_found(SYMBOL, "ZNPP") == numbers_found(SYMBOL, "札波羅熱核電廠") == [1, 2]
    assert numbers_found(SYMBOL, "核電廠") == [1, 2, 3]


def test_the_uns_nuclear_watchdog_is_searched_for_the_agency_but_names_no_body(held):
    assert numbers_found(SYMBOL, "联合国原子能监督机构") == [1, 4]
    assert extract_references(PARAGRAPHS[4]) == []


def test_the_new_safe_confinement_and_the_entity_list_in_each_regions_writing(held):
    assert numbers_found(SYMBOL, "新安全圍阻體") == numbers_found(SYMBOL, "New Safe Confinement") == [5]
    assert numbers_found(SYMBOL, "實體名單") == numbers_found(SYMBOL, "Entity List") == [6, 7]

