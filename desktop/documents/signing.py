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

from cryptography import x509
from pyhanko.pdf_utils import generic, layout
from pyhanko.pdf_utils.content import PdfResources, RawContent
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import MDPPerm, SigFieldSpec, SigSeedSubFilter
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner, Signer
from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes
from pyhanko.stamp import StaticStampStyle

from desktop.documents.cms_signer import LoadedKeySigner
from desktop.documents.errors import DocumentError
from desktop.documents.keys import CertifiedKey, import_pkcs12
from desktop.documents.layout import SealPlacement
from desktop.documents.seal import SEAL_BLEND

SIGNATURE_FIELD = "ApprovalSeal"
_HASH = "sha256"


class SealSigner:
    """The bureau's seal certificate, loaded once and reused for every document it signs."""

    def __init__(
        self, key: CertifiedKey, *, reason: str = "审批专用章", location: str = ""
    ) -> None:
        self._setup(LoadedKeySigner(key), key.certificate, reason, location)

    def _setup(
        self, signer: Signer, certificate: x509.Certificate, reason: str, location: str
    ) -> None:
        self._signer = signer
        self.certificate = certificate
        self.reason = reason
        self.location = location
        # pyHanko would sign a dummy first to size the signature; size it once instead.
        self._reserved = self._estimate_reserved()

    @classmethod
    def from_pkcs12(cls, data: bytes, password: str, **options: str) -> SealSigner:
        return cls(import_pkcs12(data, password), **options)

    @classmethod
    def with_signer(
        cls,
        signer: Signer,
        certificate: x509.Certificate,
        *,
        reason: str = "审批专用章",
        location: str = "",
    ) -> SealSigner:
        """A seal whose private key is held elsewhere (a PKCS#11 token): `signer` signs."""
        seal = cls.__new__(cls)
        seal._setup(signer, certificate, reason, location)
        return seal

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
