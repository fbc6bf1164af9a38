"""Pinpoints shown in the interface language: the archive stores `paras. 19 and 23`; a Chinese
page writes it as Chinese UN texts do."""
import pytest
from django.utils import translation

from archive.templatetags.archive_text import pinpoint_text


@pytest.mark.parametrize(
    "pinpoint, chinese",
    [
        ("para. 8", "第8段"),
        ("operative para. 8 (a)", "执行部分第8(a)段"),
        ("para. 8 (a) (iii)", "第8(a)(iii)段"),
        ("paras. 19 and 23", "第19和第23段"),
        ("paras. 2, 5 and 7", "第2、第5和第7段"),
        ("paras. 1 to 6", "第1至6段"),
        ("operative paras. 8 (d) and 8 (e)", "执行部分第8(d)和第8(e)段"),
    ],
)
def test_pinpoints_in_chinese_and_english(pinpoint, chinese):
    with translation.override("zh-hans"):
        assert pinpoint_text(pinpoint) == chinese
    with translation.override("en"):
        assert pinpoint_text(pinpoint) == pinpoint
