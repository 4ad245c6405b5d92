"""A pyHanko signer made for signing thousands of documents with one key.

SimpleSigner re-parses its private key for every signature, and pyHanko assembles each CMS
SignedData afresh with asn1crypto, re-encoding the certificates every time; together that
costs more than the rest of signing a licence. For a plain PAdES signature (no timestamp,
no revocation info in the attributes) everything but the message digest and the signature
value is the same for every document, so this signer builds one CMS once as a template and
then only re-encodes the small SignerInfo, splicing it behind the unchanged bytes. Anything
else goes through pyHanko's ordinary path. The same template serves a key read from the key
file (here) and a key on a PKCS#11 token (`desktop.documents.token`).
"""

from __future__ import annotations

from asn1crypto import cms
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from pyhanko.sign.signers import SimpleSigner
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko_certvalidator.registry import SimpleCertificateStore

from desktop.documents.keys import CertifiedKey


def asn1_certificate(certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


def _der(tag: int, content: bytes) -> bytes:
    """One DER element: tag, definite length, content."""
    size = len(content)
    if size < 0x80:
        return bytes([tag, size]) + content
    length = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(length)]) + length + content


class _Template:
    """A complete CMS ContentInfo cut into its constant bytes and its SignerInfo."""

    def __init__(self, info: cms.ContentInfo) -> None:
        signed_data = info["content"]
        self.content_type = info["content_type"].dump()
        self.head = b"".join(
            signed_data[name].dump()
            for name in ("version", "digest_algorithms", "encap_content_info", "certificates")
        )
        self.signer_info = signed_data["signer_infos"][0].dump()

    def assemble(self, signer_info: cms.SignerInfo) -> cms.ContentInfo:
        signed_data = _der(0x30, self.head + _der(0x31, signer_info.dump()))
        return cms.ContentInfo.load(_der(0x30, self.content_type + _der(0xA0, signed_data)))


class TemplateSigning:
    """The template path for plain PAdES signatures, mixed into a pyHanko signer (a key in
    memory, or a key on a PKCS#11 token: only the raw signature differs)."""

    _templates: dict[str, _Template]

    async def async_sign(
        self,
        data_digest: bytes,
        digest_algorithm: str,
        dry_run=False,
        use_pades=False,
        timestamper=None,
        signed_attr_settings: PdfCMSSignedAttributes | None = None,
        is_pdf_sig=True,
        encap_content_info=None,
    ) -> cms.ContentInfo:
        settings = signed_attr_settings or PdfCMSSignedAttributes()
        plain = (
            use_pades
            and is_pdf_sig
            and timestamper is None
            and encap_content_info is None
            and settings.adobe_revinfo_attr is None
            and settings.cades_signed_attrs is None
        )
        if not plain:
            return await super().async_sign(
                data_digest,
                digest_algorithm,
                dry_run=dry_run,
                use_pades=use_pades,
                timestamper=timestamper,
                signed_attr_settings=signed_attr_settings,
                is_pdf_sig=is_pdf_sig,
                encap_content_info=encap_content_info,
            )
        template = self._templates.get(digest_algorithm)
        if template is None:
            made = await super().async_sign(
                bytes(len(data_digest)), digest_algorithm, use_pades=True
            )
            template = self._templates[digest_algorithm] = _Template(made)
        signer_info = cms.SignerInfo.load(template.signer_info)
        attributes = signer_info["signed_attrs"]
        for attribute in attributes:
            if attribute["type"].native == "message_digest":
                attribute["values"] = [data_digest]
        signed = attributes.untag().dump()  # signed as a SET OF, as in RFC 5652 5.4
        signer_info["signature"] = await self.async_sign_raw(signed, digest_algorithm, dry_run)
        return template.assemble(signer_info)


class LoadedKeySigner(TemplateSigning, SimpleSigner):
    """A key held in memory (read from the key file)."""

    def __init__(self, key: CertifiedKey) -> None:
        der = key.private_key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        registry = SimpleCertificateStore()
        registry.register_multiple([asn1_certificate(c) for c in key.chain])
        super().__init__(
            signing_cert=asn1_certificate(key.certificate),
            signing_key=asn1_keys.PrivateKeyInfo.load(der),
            cert_registry=registry,
        )
        self._private_key = key.private_key
        self._templates: dict[str, _Template] = {}

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        key = self._private_key
        digest = getattr(hashes, digest_algorithm.upper())()
        if isinstance(key, ec.EllipticCurvePrivateKey):
            return key.sign(data, ec.ECDSA(digest))
        if isinstance(key, ed25519.Ed25519PrivateKey):
            return key.sign(data)
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm).signature_algo
        if isinstance(key, rsa.RSAPrivateKey) and mechanism == "rsassa_pkcs1v15":
            return key.sign(data, PKCS1v15(), digest)
        return super().sign_raw(data, digest_algorithm)
