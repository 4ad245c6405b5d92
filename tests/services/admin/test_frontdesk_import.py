"""Front-desk files: good rows land in their queues, bad rows are reported exactly, and the
same file imported twice adds nothing."""

from __future__ import annotations

import os
from datetime import timedelta

import sqlalchemy as sa

from desktop.data import models as m
from desktop.domain.actor import Actor
from desktop.domain.enums import CaseStatus, Role
from desktop.domain.frontdesk_rows import COLUMNS
from desktop.domain.timezone import CHINA
from desktop.services.admin.frontdesk_folder import DONE, FAILED, process_folder, settling_files
from desktop.services.admin.frontdesk_import import import_frontdesk_file
from desktop.services.sheets import write_csv, write_xlsx

CLERK = Actor(None, "clerk", "窗口", frozenset({Role.CLERK}))
GOOD_ID = "11010519491231002X"
GOOD_CODE = "91350100M000100Y43"


def row(number: str, accepted: str, **changes: object) -> list[object]:
    values = {
        "受理编号": number,
        "事项编码": "two",
        "申请人类型": "自然人",
        "申请人名称": "张三",
        "证件号码": GOOD_ID,
        "联系人": "张三",
        "联系电话": "13800000000",
        "地址": "渭南市高新区",
        "项目名称": "",
        "项目地址": "",
        "受理时间": accepted,
        "绿色通道": "否",
        **changes,
    }
    return [values[column] for column in COLUMNS]


def test_the_same_file_twice_adds_nothing(bureau):
    accepted = (bureau.clock.now - timedelta(hours=2)).astimezone(CHINA).strftime("%Y-%m-%d %H:%M")
    data = write_csv(
        COLUMNS,
        [
            row("QT0001", accepted),
            row(
                "QT0002",
                accepted,
                申请人类型="法人或其他组织",
                申请人名称="某公司",
                证件号码=GOOD_CODE,
                绿色通道="是",
            ),
        ],
    )
    first = bureau.run(import_frontdesk_file, CLERK, "day.csv", data)
    assert first.added == ["QT0001", "QT0002"] and not first.rejected
    second = bureau.run(import_frontdesk_file, CLERK, "day.csv", data)
    assert second.added == [] and [s[1] for s in second.skipped] == ["QT0001", "QT0002"]
    with bureau.sessions() as session:
        cases = session.scalars(sa.select(m.Case).where(m.Case.number.like("QT%"))).all()
        assert {c.status for c in cases} == {CaseStatus.RECEIVED}
        assert [c.green_channel for c in sorted(cases, key=lambda c: c.number)] == [False, True]
        assert all(
            c.accepted_at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M") == accepted for c in cases
        )


def test_bad_rows_are_rejected_row_by_row(bureau):
    now = bureau.clock.now.astimezone(CHINA)
    ok = (now - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M")
    rows = [
        row("QT0101", ok, 证件号码="110105194912310021"),  # checksum
        row("QT0102", ok, 事项编码="NOPE"),
        row("QT0103", "2026-02-30 09:00"),
        row("QT0104", ok),
        row("QT0104", ok),  # duplicate number in the file
        row("QT0105", ok, 申请人名称=""),
        row("QT0106", ok, 地址="渭" * 10_000),
        row("QT0107", ok, 申请人名称="=cmd|' /C calc'!A0"),
        row("QT0108", (now + timedelta(days=1)).strftime("%Y-%m-%d %H:%M")),
    ]
    data = write_xlsx({"受理": (COLUMNS, rows)})
    # write_xlsx protects exported cells; undo that here to hand in a hostile file
    import io

    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(data))
    book["受理"]["D9"] = "=cmd|' /C calc'!A0"
    out = io.BytesIO()
    book.save(out)
    report = bureau.run(import_frontdesk_file, CLERK, "bad.xlsx", out.getvalue())
    reasons = dict(report.rejected)
    assert report.added == ["QT0104"]
    assert report.skipped == [(6, "QT0104", "文件中重复出现，只导入第一次")]
    assert "校验码" in reasons[2][0]
    assert reasons[3] == ["事项编码 NOPE 不存在或已停用"]
    assert reasons[4] == [
        "“受理时间”不是有效的日期时间（应如 2026-11-20 09:30），实为“2026-02-30 09:00”"
    ]
    assert reasons[7] == ["“申请人名称”不能为空"]
    assert reasons[8] == ["“地址”过长：10000 个字符，最多 200 个"]
    assert "可能是公式" in reasons[9][0]
    assert "不能晚于现在" in reasons[10][0]


def test_a_watched_folder_imports_and_moves_each_file_once(bureau, tmp_path):
    accepted = (bureau.clock.now - timedelta(hours=2)).astimezone(CHINA).strftime("%Y-%m-%d %H:%M")
    (tmp_path / "a.csv").write_bytes(write_csv(COLUMNS, [row("QT0201", accepted)]))
    (tmp_path / "broken.xlsx").write_bytes(b"not a workbook")
    for path in tmp_path.iterdir():
        os.utime(path, (0, 0))  # long settled
    results = process_folder(bureau.sessions, CLERK, tmp_path)
    assert len(results) == 2
    assert (tmp_path / DONE / "a.csv").exists() and (tmp_path / DONE / "a.csv.report.txt").exists()
    assert "新增 1 件" in (tmp_path / DONE / "a.csv.report.txt").read_text(encoding="utf-8")
    assert not list(tmp_path.glob("*.csv")) and not list(tmp_path.glob("*.xlsx"))
    assert process_folder(bureau.sessions, CLERK, tmp_path) == []


def test_an_identifier_registered_under_another_name_is_a_row_error(bureau):
    accepted = (bureau.clock.now - timedelta(hours=2)).astimezone(CHINA).strftime("%Y-%m-%d %H:%M")
    first = write_csv(COLUMNS, [row("QT0301", accepted)])
    assert bureau.run(import_frontdesk_file, CLERK, "a.csv", first).added == ["QT0301"]
    with bureau.sessions() as session:
        before = session.scalar(sa.select(sa.func.count()).select_from(m.Applicant))
    data = write_csv(
        COLUMNS,
        [
            row("QT0302", accepted, 申请人名称="李四"),  # 张三's number under another name
            row("QT0303", accepted, 申请人名称="王五", 证件号码="110105198001010016"),
            row("QT0304", accepted, 申请人名称="赵六", 证件号码="110105198001010016"),
        ],
    )
    report = bureau.run(import_frontdesk_file, CLERK, "b.csv", data)
    reasons = dict(report.rejected)
    assert report.added == ["QT0303"]
    assert "张三" in reasons[2][0] and "李四" in reasons[2][0] and GOOD_ID in reasons[2][0]
    assert "王五" in reasons[4][0] and "赵六" in reasons[4][0]  # within one file too
    with bureau.sessions() as session:
        assert session.scalar(sa.select(sa.func.count()).select_from(m.Applicant)) == before + 1
        assert session.scalar(sa.select(m.Case.id).where(m.Case.number == "QT0302")) is None


def test_an_unknown_area_code_is_imported_and_flagged(bureau):
    from desktop.domain.identifiers import resident_id_with_check_digit

    accepted = (bureau.clock.now - timedelta(hours=2)).astimezone(CHINA).strftime("%Y-%m-%d %H:%M")
    odd = resident_id_with_check_digit("61059919840101001")
    born_before_code = resident_id_with_check_digit("61050219840101001")  # 临渭区 since 1994
    data = write_csv(
        COLUMNS,
        [
            row("QT0401", accepted, 申请人名称="钱七", 证件号码=odd),
            row("QT0402", accepted, 申请人名称="孙八", 证件号码=born_before_code),
        ],
    )
    report = bureau.run(import_frontdesk_file, CLERK, "c.csv", data)
    assert report.added == ["QT0401", "QT0402"] and not report.rejected
    assert [(r, n) for r, n, _ in report.flagged] == [(2, "QT0401")]
    assert "610599" in report.flagged[0][2]
    assert any(line.startswith("请核对 第2行 QT0401") for line in report.lines())


def test_a_poison_file_is_set_aside_and_the_next_files_are_imported(bureau, tmp_path):
    accepted = (bureau.clock.now - timedelta(hours=2)).astimezone(CHINA).strftime("%Y-%m-%d %H:%M")
    header = ",".join(COLUMNS).encode("utf-8")
    (tmp_path / "a-poison.csv").write_bytes(header + b"\n" + b'"' + b"x" * 200_000 + b'"\n')
    (tmp_path / "b-empty.xlsx").write_bytes(b"")
    (tmp_path / "c.csv").write_bytes(write_csv(COLUMNS, [row("QT0501", accepted)]))
    (tmp_path / "d-new.csv").write_bytes(write_csv(COLUMNS, [row("QT0502", accepted)]))
    for path in tmp_path.iterdir():
        if path.name != "d-new.csv":
            os.utime(path, (0, 0))  # long settled; d-new.csv was just written
    assert settling_files(tmp_path) == [tmp_path / "d-new.csv"]
    for _ in range(2):  # a second round finds nothing more to do with the poison file
        results = process_folder(bureau.sessions, CLERK, tmp_path)
        if len(results) == 3:
            break
    assert (tmp_path / FAILED / "a-poison.csv").exists()
    assert "131072" in (tmp_path / FAILED / "a-poison.csv.report.txt").read_text(encoding="utf-8")
    assert (tmp_path / FAILED / "b-empty.xlsx").exists()
    assert (tmp_path / DONE / "c.csv").exists()
    assert (tmp_path / "d-new.csv").exists()  # still settling: the next round takes it
    assert process_folder(bureau.sessions, CLERK, tmp_path, settle=0)[0].added == ["QT0502"]
