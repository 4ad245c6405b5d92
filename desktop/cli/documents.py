"""`approval-desk keys …`, `document …` and `verify`: the bureau's keys, issuing, voiding,
copies, and verifying a PDF or scanned QR text (for scripted batch work and for checking)."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path
from typing import Any

from desktop.cli.common import cli_actor, sessions_for

TYPES = (
    "acceptance",
    "non_acceptance",
    "supplement",
    "inspection",
    "extension",
    "special_procedure",
    "grant",
    "rejection",
    "licence",
    "filing",
    "filing_refusal",
    "completion",
    "refusal",
    "termination",
    "withdrawal",
    "delivery_proof",
    "licence_cancellation",
    "licence_revocation",
    "inspection_record",
)


def add_parsers(commands: Any) -> None:
    keys = commands.add_parser("keys", help="签章密钥").add_subparsers(
        dest="keys_command", required=True
    )
    init = keys.add_parser("init", help="生成试用的本局根证书、签章证书和二维码密钥")
    init.add_argument("--replace", action="store_true", help="更换已有密钥（旧文书仍可验证）")
    _custody_options(init)
    load = keys.add_parser("import", help="导入本局 CA 签发的签章证书（PKCS#12）")
    load.add_argument("file", type=Path)
    load.add_argument("--password", required=True, help="PKCS#12 文件的密码")
    _custody_options(load)
    move = keys.add_parser("move-out", help="把旧版存放在数据库中的签章私钥移到本机密钥文件")
    move.add_argument("--key-file", type=Path, default=None, help="密钥文件（PKCS#12）的路径")
    document = commands.add_parser("document", help="文书").add_subparsers(
        dest="document_command", required=True
    )
    issue = document.add_parser("issue", help="制发文书（与发证窗口的操作相同，编号并登记）")
    issue.add_argument("case_number", help="受理编号")
    issue.add_argument("--type", required=True, choices=TYPES, dest="kind")
    issue.add_argument("--out", type=Path, required=True, help="保存 PDF 的文件")
    issue.add_argument("--as", dest="username", default=None, help="以该工作人员身份制发")
    void = document.add_parser("void", help="作废文书（文号保留）")
    void.add_argument("number")
    void.add_argument("--reason", required=True)
    copy = document.add_parser("copy", help="打印副本")
    copy.add_argument("number")
    copy.add_argument("--out", type=Path, required=True)
    verify = commands.add_parser("verify", help="核验文书 PDF 或二维码内容")
    verify.add_argument("file", type=Path, nargs="?", help="PDF 文件")
    verify.add_argument("--qr", help="扫描二维码得到的文字（核验网址或其中 # 后的内容）")
    verifier = commands.add_parser("verifier", help="公众核验网页").add_subparsers(
        dest="verifier_command", required=True
    )
    export = verifier.add_parser(
        "export", help="导出（或刷新）静态核验网页：网页、本局二维码公钥和签名的作废名单"
    )
    export.add_argument("folder", type=Path, help="写入的文件夹（整个文件夹放到网站上）")


def _custody_options(parser: argparse.ArgumentParser) -> None:
    """Where the private keys go: a PKCS#11 token (PIN from $APPROVAL_DESK_TOKEN_PIN) or a
    key file (passphrase from $APPROVAL_DESK_KEY_PASSPHRASE); never the database."""
    parser.add_argument("--pkcs11-module", default=None, help="签章令牌的 PKCS#11 模块（驱动库）")
    parser.add_argument("--token-label", default=None, help="签章令牌的标签")
    parser.add_argument("--key-file", type=Path, default=None, help="密钥文件（PKCS#12）的路径")


def _keys(args: argparse.Namespace) -> int:
    from desktop.services.documents import seal_custody
    from desktop.services.documents.signing_keys import (
        import_seal,
        init_keys,
        move_keys_out,
        passphrase,
    )
    from desktop.services.input_files import read_input

    key_file = str(args.key_file) if args.key_file is not None else None
    seal_custody.configure(
        module=getattr(args, "pkcs11_module", None),
        label=getattr(args, "token_label", None),
        key_file=key_file,
    )
    with sessions_for(args)() as session, session.begin():
        if args.keys_command == "init":
            key_id = init_keys(session, cli_actor(), replace=args.replace)
        elif args.keys_command == "import":
            key_id = import_seal(session, cli_actor(), read_input(args.file), args.password)
        else:
            key_id = move_keys_out(session, cli_actor())
        where = (
            "签章令牌" if seal_custody.uses_token() else str(seal_custody.key_file_path(session))
        )
    print(f"签章私钥已保存在{where}，数据库只存证书和公钥（二维码密钥编号 {key_id}）")
    if args.keys_command == "move-out":
        print(
            "注意：旧版把私钥（加密后）存于共享数据库，数据库的备份和审计记录中可能仍有其副本，"
            "应视为已泄露：请尽快更换签章密钥（keys init --replace 或 keys import）"
        )
    elif not seal_custody.uses_token() and not passphrase():
        print("注意：未设置 APPROVAL_DESK_KEY_PASSPHRASE，密钥文件以试用口令保存，仅供试用")
    return 0


def _document(args: argparse.Namespace) -> int:
    import sqlalchemy as sa

    from desktop.data.models import Case
    from desktop.documents.model import DocumentType
    from desktop.services.documents.issuing import issue_document, print_copy, void_document
    from desktop.services.staff import actor_for

    with sessions_for(args)() as session, session.begin():
        actor = (
            actor_for(session, args.username) if getattr(args, "username", None) else cli_actor()
        )
        if args.document_command == "issue":
            case_id = session.scalar(sa.select(Case.id).where(Case.number == args.case_number))
            if case_id is None:
                print(f"错误：找不到受理编号为 {args.case_number} 的办件")
                return 2
            issued = issue_document(session, actor, case_id, DocumentType(args.kind))
            args.out.write_bytes(issued.pdf)
            print(f"已制发 {issued.number}  保存到 {args.out}")
        elif args.document_command == "void":
            void_document(session, actor, args.number, args.reason)
            print(f"已作废 {args.number}（文号保留）")
        else:
            issued = print_copy(session, actor, args.number)
            args.out.write_bytes(issued.pdf)
            print(f"已打印副本 {issued.number}  保存到 {args.out}")
    return 0


def _verify(args: argparse.Namespace) -> int:
    from desktop.services.documents.issuing import verify_document, verify_qr
    from desktop.services.input_files import read_input

    if (args.file is None) == (args.qr is None):
        print("错误：请给出一个 PDF 文件，或用 --qr 给出二维码内容（二者选一）")
        return 2
    pdf = read_input(args.file) if args.file is not None else b""  # before the database
    logging.getLogger("pyhanko").setLevel(
        logging.CRITICAL
    )  # a forged file is an answer, not a crash
    with sessions_for(args)() as session:
        if args.qr is not None:
            result = verify_qr(session, cli_actor(), args.qr)
        else:
            result = verify_document(session, cli_actor(), pdf)
    print(result.label)
    if result.number:
        print(f"文号：{result.number}" + ("" if result.registered else "（不在本库发文登记中）"))
    if result.detail is not None:
        print(f"说明：{result.detail}")
    return 0 if result.status == "valid" else 1


def _verifier(args: argparse.Namespace) -> int:
    from desktop.services.documents.verifier import export_verifier

    with sessions_for(args)() as session, session.begin():
        done = export_verifier(session, cli_actor(), args.folder)
    print(f"已导出核验网页到 {done.folder}：公钥 {done.keys} 个，作废名单 {done.voided} 份")
    if done.verify_url:
        print(f"请把整个文件夹放到 {done.verify_url} 所在的网站上；作废文书后请重新导出")
    else:
        print("注意：单位信息中尚未填写核验网址，文书二维码不会指向本网页")
    return 0


HANDLERS = {
    "keys": _keys,
    "document": _document,
    "verify": _verify,
    "verifier": _verifier,
}
