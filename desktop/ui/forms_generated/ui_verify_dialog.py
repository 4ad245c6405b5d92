# Generated from forms/verify_dialog.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_VerifyDialog(object):
    def setupUi(self, VerifyDialog):
        if not VerifyDialog.objectName():
            VerifyDialog.setObjectName(u"VerifyDialog")
        VerifyDialog.resize(560, 360)
        self.layout = QVBoxLayout(VerifyDialog)
        self.layout.setObjectName(u"layout")
        self.help = QLabel(VerifyDialog)
        self.help.setObjectName(u"help")
        self.help.setWordWrap(True)

        self.layout.addWidget(self.help)

        self.fileRow = QHBoxLayout()
        self.fileRow.setObjectName(u"fileRow")
        self.chooseFile = QPushButton(VerifyDialog)
        self.chooseFile.setObjectName(u"chooseFile")

        self.fileRow.addWidget(self.chooseFile)

        self.fileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fileRow.addItem(self.fileSpacer)


        self.layout.addLayout(self.fileRow)

        self.qrText = QPlainTextEdit(VerifyDialog)
        self.qrText.setObjectName(u"qrText")

        self.layout.addWidget(self.qrText)

        self.checkQr = QPushButton(VerifyDialog)
        self.checkQr.setObjectName(u"checkQr")

        self.layout.addWidget(self.checkQr)

        self.verdict = QLabel(VerifyDialog)
        self.verdict.setObjectName(u"verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setStyleSheet(u"font-size: 13pt; font-weight: bold; padding: 8px;")

        self.layout.addWidget(self.verdict)

        self.details = QLabel(VerifyDialog)
        self.details.setObjectName(u"details")
        self.details.setWordWrap(True)

        self.layout.addWidget(self.details)


        self.retranslateUi(VerifyDialog)
    # setupUi

    def retranslateUi(self, VerifyDialog):
        VerifyDialog.setWindowTitle(QCoreApplication.translate("VerifyDialog", u"\u6838\u9a8c\u6587\u4e66", None))
        self.help.setText(QCoreApplication.translate("VerifyDialog", u"\u9009\u62e9\u6587\u4e66\u7684 PDF \u6587\u4ef6\uff0c\u6216\u628a\u626b\u7801\u67aa\u626b\u63cf\u4e8c\u7ef4\u7801\u5f97\u5230\u7684\u6587\u5b57\u7c98\u8d34\u5230\u4e0b\u9762\u3002", None))
        self.chooseFile.setText(QCoreApplication.translate("VerifyDialog", u"\u9009\u62e9 PDF \u6587\u4ef6\u2026", None))
        self.qrText.setPlaceholderText(QCoreApplication.translate("VerifyDialog", u"\u4e8c\u7ef4\u7801\u5185\u5bb9", None))
        self.checkQr.setText(QCoreApplication.translate("VerifyDialog", u"\u6838\u9a8c\u4e8c\u7ef4\u7801", None))
    # retranslateUi
