"""Stage 1: a matching form of the text, with an offset map back to the original.

Matching happens on a form where full-width digits, brackets and letters are ASCII,
the traditional characters that matter are simplified and all whitespace is gone
(`第 1540 (2004) 號決議` and `第1540(2004)号决议` match alike). Every character of the
normalised form remembers where it came from, so spans found there index the original.
"""
from __future__ import annotations

from dataclasses import dataclass

# One character for one character, so offsets stay trivial. Only unambiguous pairs.
TRADITIONAL_TO_SIMPLIFIED = dict(zip(
    "號決議會機構國際組織學歐聯條約執設員專軍務廳關協擴試驗對於與種"
    "問題辦義體獨團應亞納爾導彈術談書長細發產儲銷毀這類為實護準則憲氣戰屆節項"
    "區處東華蘭邊濟業億環託錄將從個們時進視動據規劃總廳處兒兩參並內嚴爭亂傳"
    "優擔礎禮審檢權歷齊運遠適達還選錢鐵門開間關陸隊階際隨離難電顧頭顯風飛馬"
    "際衛價創厲員問圍圖團壞壓處備復製報場塊檔稅裝護貿資賴質軌較載輸農這連週"
    "過產歲畢穩級約紀純紙細終組結絡給統絕經維網綜緊總編練縮繼續罰義習聲職聽"
    "脅與艦藥虛號蘇術衝補製複見規視覽覺觀計訂認討訓記許設訪證評試詢該詳誌語"
    "誤說調請論諾謀謂講謝識議護讓貨販貢責貧費貼賦趨躍車軍輪轉辦農這進遊運過"
    "達違遞遣適選遺還邊郵醫釋鎮長門閉開間閱關際陳陽隊階隨險隱雜雞離難電須"
    "預頒領頻題額願類顧飛養館駐驗體髮鬥魯鳥麥黃齊歐殺滅擊屬襲戶氣災療灣盧韓薩羅擬緝雙彙",
    "号决议会机构国际组织学欧联条约执设员专军务厅关协扩试验对于与种"
    "问题办义体独团应亚纳尔导弹术谈书长细发产储销毁这类为实护准则宪气战届节项"
    "区处东华兰边济业亿环托录将从个们时进视动据规划总厅处儿两参并内严争乱传"
    "优担础礼审检权历齐运远适达还选钱铁门开间关陆队阶际随离难电顾头显风飞马"
    "际卫价创厉员问围图团坏压处备复制报场块档税装护贸资赖质轨较载输农这连周"
    "过产岁毕稳级约纪纯纸细终组结络给统绝经维网综紧总编练缩继续罚义习声职听"
    "胁与舰药虚号苏术冲补制复见规视览觉观计订认讨训记许设访证评试询该详志语"
    "误说调请论诺谋谓讲谢识议护让货贩贡责贫费贴赋趋跃车军轮转办农这进游运过"
    "达违递遣适选遗还边邮医释镇长门闭开间阅关际陈阳队阶随险隐杂鸡离难电须"
    "预颁领频题额愿类顾飞养馆驻验体发斗鲁鸟麦黄齐欧杀灭击属袭户气灾疗湾卢韩萨罗拟缉双汇",
))

_OTHER = {
    "\u3000": " ",      # ideographic space
    "\u00a0": " ",
    "\u2022": "·", "\u30fb": "·", "\u2027": "·", "\u00b7": "·",  # name dots and bullets
    "\u3008": "〈", "\u3009": "〉",
}
_DROPPED = {"\u200b", "\u200c", "\u200d", "\ufeff"}


def fold_char(ch: str) -> str:
    """The matching form of one character ("" when it is dropped)."""
    if ch in _DROPPED or ch.isspace():
        return ""
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:         # full-width ASCII block
        ch = chr(code - 0xFEE0)
    ch = _OTHER.get(ch, ch)
    return TRADITIONAL_TO_SIMPLIFIED.get(ch, ch)


@dataclass(frozen=True)
class Normalised:
    """`text` is the matching form; `offsets[i]` is the original index of text[i]."""
    original: str
    text: str
    offsets: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text back to the original."""
        if end <= start:
            raise ValueError("empty span")
        return self.offsets[start], self.offsets[end - 1] + 1


def normalise(text: str) -> Normalised:
    chars: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        folded = fold_char(ch)
        if folded:
            chars.append(folded)
            offsets.append(index)
    return Normalised(text, "".join(chars), tuple(offsets))


def fold(text: str) -> str:
    """The matching form alone (for data: gazetteer names, treaty titles)."""
    return normalise(text).text
