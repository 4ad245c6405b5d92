"""English for the seal's custody: the token, the key file, the PIN asked at signing."""

GUARD_SEAL_ENGLISH: dict[str | tuple[str, str], str] = {
    # The token (PKCS#11)
    "无法加载签章令牌的驱动（PKCS#11 模块）“{module}”：请核对模块路径": (
        "Cannot load the seal token's driver (PKCS#11 module) “{module}”: check the module path"
    ),
    "找不到标签为“{label}”的签章令牌：请插入保管人的签章 U 盾，或核对令牌标签": (
        "No seal token labelled “{label}”: insert the custodian's seal USB key, or check "
        "the token label"
    ),
    "签章令牌的 PIN 不对，未能登录：请重新输入": (
        "Wrong PIN for the seal token, not logged in: enter it again"
    ),
    "签章令牌的 PIN 已被锁定：请令牌保管人用管理 PIN 解锁": (
        "The seal token's PIN is locked: the custodian must unlock it with the SO PIN"
    ),
    "无法登录签章令牌“{label}”：{reason}": "Cannot log in to the seal token “{label}”: {reason}",
    "签章证书的密钥类型不受支持：请使用 ECDSA 或 RSA 证书": (
        "The seal certificate's key type is not supported: use an ECDSA or RSA certificate"
    ),
    "签章令牌上没有本局当前的签章私钥：请插入保管人的签章令牌，"
    "或由系统管理员在此令牌上重新生成或导入签章密钥": (
        "The bureau's current seal key is not on this token: insert the custodian's seal "
        "token, or have the administrator make or import the signing keys on this token"
    ),
    "签章令牌上没有本局当前的二维码密钥：请插入保管人的签章令牌，"
    "或由系统管理员在此令牌上重新生成或导入签章密钥": (
        "The bureau's current QR key is not on this token: insert the custodian's seal "
        "token, or have the administrator make or import the signing keys on this token"
    ),
    "签章令牌已不可用（{reason}），文书未加盖签章：请插回保管人的签章令牌后重试": (
        "The seal token is no longer available ({reason}), the document was not sealed: "
        "put the custodian's seal token back and try again"
    ),
    # The key file
    "本机没有签章密钥文件（{path}），文书不能加盖签章：请在保管签章的电脑上制发，"
    "或把密钥文件及其备份放回原处": (
        "This PC has no signing key file ({path}), documents cannot be sealed: issue them "
        "on the seal custodian's PC, or put the key file back from its backup"
    ),
    "签章密钥文件的口令不对，或文件已损坏：请核对口令（{path}）": (
        "Wrong passphrase for the signing key file, or the file is damaged: check the "
        "passphrase ({path})"
    ),
    "本机签章密钥文件（{path}）不是本局当前的签章密钥：请使用保管人的密钥文件，"
    "或由系统管理员重新生成或导入签章密钥": (
        "The signing key file on this PC ({path}) does not hold the bureau's current keys: "
        "use the custodian's key file, or have the administrator make or import the keys"
    ),
    # The PIN and the keys left in old databases
    "签章令牌需要 PIN（由签章保管人掌握）才能加盖签章：请在窗口中输入，"
    "或在本机设置环境变量 {variable}": (
        "The seal token needs its PIN (held by the seal custodian) to seal: enter it in the "
        "window, or set the environment variable {variable} on this PC"
    ),
    "签章私钥仍存放在共享数据库中，不能制发文书：请签章保管人在保管签章的电脑上运行 "
    "approval-desk keys move-out，把私钥移出数据库": (
        "The seal's private keys are still in the shared database, documents cannot be "
        "issued: the seal custodian must run approval-desk keys move-out on their PC to "
        "take them out of the database"
    ),
    "数据库中没有签章私钥，无需移出": "The database holds no private signing keys: nothing to move",
    "移出数据库的私钥写入密钥文件：请用 --key-file 指定文件（之后可再导入签章令牌）": (
        "Keys moved out of the database go to a key file: name it with --key-file (they "
        "can be imported onto a token afterwards)"
    ),
    "数据库中签章私钥的口令不对：请设置环境变量 {variable}（与生成密钥时相同）后重试": (
        "Wrong passphrase for the keys in the database: set the environment variable "
        "{variable} (as when the keys were made) and try again"
    ),
    ("terms", "移出签章私钥"): "Move signing keys out",
    # The window
    "签章令牌的 PIN 不对，请重新输入：": "Wrong PIN for the seal token, enter it again:",
    "请输入签章令牌的 PIN（由签章保管人掌握）：": (
        "Enter the seal token's PIN (held by the seal custodian):"
    ),
    "加盖签章": "Seal",
}
