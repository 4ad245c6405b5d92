"""Chinese line breaking: closing marks never start a line, opening marks never end one."""

from __future__ import annotations

from desktop.documents.cjk import CANNOT_END, CANNOT_START, split_cjk


def _lines(text: str, per_line: int) -> list[str]:
    return [line for _, line in split_cjk(text, [10.0] * len(text), per_line * 10.0)]


def test_a_closing_mark_stays_on_the_line_before():
    assert _lines("一二三四，五六", 4) == ["一二三四，", "五六"]


def test_an_opening_mark_goes_over_with_what_it_opens():
    assert _lines("一二三《四五》", 4) == ["一二三", "《四五》"]


def test_a_code_is_not_cut_when_it_fits_on_the_next_line():
    assert _lines("办件编号：GX2026", 8) == ["办件编号：", "GX2026"]


def test_every_line_of_a_long_text_obeys_the_rules():
    text = (
        "根据《中华人民共和国行政许可法》第三十二条的规定，（一）申请材料齐全；“符合法定形式”。" * 6
    )
    for width in range(5, 30):
        lines = _lines(text, width)
        assert "".join(lines) == text
        for line in lines[1:]:
            assert line[0] not in CANNOT_START
        for line in lines[:-1]:
            assert line[-1] not in CANNOT_END
