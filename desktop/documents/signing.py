"""PAdES signatures with pyHanko: a certification signature (DocMDP: no changes allowed)
whose visible appearance is the document's own seal.

The seal is drawn in the page content as one form XObject (so it prints even where a viewer
hides annotations) and the signature widget sits exactly over it, painting the same XObject
with the Darken blend: the seal you see is the signature you can click, and the second
impression changes no pixel.
"""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, datetime

from asn1crypto import cms
from asn1crypto import keys as asn1_keys
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
from pyhanko.pdf_utils import generic, layout
from pyhanko.pdf_utils.content import PdfResources, RawContent
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import MDPPerm, SigFieldSpec, SigSeedSubFilter
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner, SimpleSigner
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko.stamp import StaticStampStyle
from pyhanko_certvalidator.registry import SimpleCertificateStore

from desktop.documents.errors import DocumentError
from desktop.documents.keys import CertifiedKey, import_pkcs12
from desktop.documents.layout import SealPlacement
from desktop.documents.seal import SEAL_BLEND

SIGNATURE_FIELD = "ApprovalSeal"
_HASH = "sha256"


def _asn1_certificate(certificate) -> asn1_x509.Certificate:
    return asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))


class _LoadedKeySigner(SimpleSigner):
    """A SimpleSigner made for signing many documents with one key.

    It keeps the parsed private key (SimpleSigner re-parses it for every signature), and it
    reuses one CMS structure: for a plain PAdES signature (no timestamp, no revocation info)
    everything but the message digest and the signature value is the same for every
    document, and assembling it afresh with asn1crypto costs more than the rest of signing.
    """

    def __init__(self, key: CertifiedKey) -> None:
        der = key.private_key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        registry = SimpleCertificateStore()
        registry.register_multiple([_asn1_certificate(c) for c in key.chain])
        super().__init__(
            signing_cert=_asn1_certificate(key.certificate),
            signing_key=asn1_keys.PrivateKeyInfo.load(der),
            cert_registry=registry,
        )
        self._private_key = key.private_key
        self._templates: dict[str, bytes] = {}

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
            template = self._templates[digest_algorithm] = made.dump()
        info = cms.ContentInfo.load(template)
        signer_info = info["content"]["signer_infos"][0]
        attributes = signer_info["signed_attrs"]
        for attribute in attributes:
            if attribute["type"].native == "message_digest":
                attribute["values"] = [data_digest]
        signed = attributes.untag().dump()  # signed as a SET OF, as in RFC 5652 5.4
        signer_info["signature"] = await self.async_sign_raw(signed, digest_algorithm, dry_run)
        return info

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


class SealSigner:
    """The bureau's seal certificate, loaded once and reused for every document it signs."""

    def __init__(
        self, key: CertifiedKey, *, reason: str = "审批专用章", location: str = ""
    ) -> None:
        self._signer = _LoadedKeySigner(key)
        self.certificate = key.certificate
        self.reason = reason
        self.location = location
        # pyHanko would sign a dummy first to size the signature; size it once instead.
        self._reserved = self._estimate_reserved()

    @classmethod
    def from_pkcs12(cls, data: bytes, password: str, **options: str) -> SealSigner:
        return cls(import_pkcs12(data, password), **options)

    def _estimate_reserved(self) -> int:
        dummy = asyncio.run(
            self._signer.async_sign(
                bytes(32),
                _HASH,
                use_pades=True,
                dry_run=True,
                signed_attr_settings=PdfCMSSignedAttributes(signing_time=datetime.now(UTC)),
            )
        )
        size = len(dummy.dump()) * 2  # hex in the file
        return size + 2 * (size // 8) + 512

    def _stamp_style(self, writer: IncrementalPdfFileWriter, seal: SealPlacement):
        """A fresh style per document: pyHanko keeps resources in it, so reuse grows files."""
        _, resources = writer.find_page_for_modification(seal.page_index)
        form = resources.get_object()["/XObject"].raw_get("/FormXob." + seal.form_name)
        content = PdfResources()
        content.xobject["/Seal"] = form
        content.ext_g_state["/SealBlend"] = generic.DictionaryObject(
            {
                generic.pdf_name("/Type"): generic.pdf_name("/ExtGState"),
                generic.pdf_name("/BM"): generic.pdf_name("/" + SEAL_BLEND),
            }
        )
        background = RawContent(
            b"/SealBlend gs /Seal Do",
            resources=content,
            box=layout.BoxConstraints(seal.diameter, seal.diameter),
        )
        return StaticStampStyle(
            background=background,
            border_width=0,
            background_layout=layout.SimpleBoxLayoutRule(
                x_align=layout.AxisAlignment.ALIGN_MID,
                y_align=layout.AxisAlignment.ALIGN_MID,
                margins=layout.Margins.uniform(0),
            ),
        )

    def sign(self, pdf: bytes, seal: SealPlacement | None) -> bytes:
        """Certify the PDF, no changes allowed, with the seal as the visible signature."""
        if seal is None:
            raise DocumentError("文书没有加盖印章的位置，无法签名", field="seal")
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
        metadata = PdfSignatureMetadata(
            field_name=SIGNATURE_FIELD,
            md_algorithm=_HASH,
            subfilter=SigSeedSubFilter.PADES,
            certify=True,
            docmdp_permissions=MDPPerm.NO_CHANGES,
            reason=self.reason,
            location=self.location or None,
        )
        signer = PdfSigner(
            metadata,
            self._signer,
            stamp_style=self._stamp_style(writer, seal),
            new_field_spec=SigFieldSpec(SIGNATURE_FIELD, on_page=seal.page_index, box=seal.box),
        )
        output = signer.sign_pdf(writer, bytes_reserved=self._reserved)
        return output.getvalue()
