"""English for the demo bureau's trial keys: the admin window's button and its messages."""

DEMO_REAL_ENGLISH: dict[str | tuple[str, str], str] = {
    "生成试用签章密钥": "Make trial signing keys",
    "尚无签章密钥时生成试用密钥（与 approval-desk keys init 相同），即可制发文书": (
        "Where there are no signing keys yet, make trial keys (as approval-desk keys init "
        "does) so that documents can be issued"
    ),
    "试用签章密钥已生成（二维码密钥 %1），现在可以制发文书": (
        "Trial signing keys made (QR key %1): documents can be issued now"
    ),
    "正在生成密钥……": "Making the keys…",
    "本局已有签章密钥，未生成新的试用密钥：现有密钥继续有效；"
    "如需改用本局的正式证书，请点“导入签章证书…”": (
        "The bureau has signing keys already, so no trial keys were made: the keys in use stay "
        'valid; to use the bureau\'s own certificate, click "Import seal certificate…"'
    ),
    "尚未生成签章密钥，不能制发文书：请系统管理员在“系统管理 → 单位信息”中"
    "生成试用密钥或导入本局的签章证书（命令行：approval-desk keys init）": (
        "There are no signing keys yet, so no document can be issued: a system administrator "
        "makes trial keys or imports the bureau's seal certificate under \"Administration → "
        'Bureau profile" (command line: approval-desk keys init)'
    ),
}
