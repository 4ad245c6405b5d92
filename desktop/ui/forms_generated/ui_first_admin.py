# Generated from forms/first_admin.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_FirstAdmin(object):
    def setupUi(self, FirstAdmin):
        if not FirstAdmin.objectName():
            FirstAdmin.setObjectName(u"FirstAdmin")
        FirstAdmin.resize(480, 360)
        self.layout = QVBoxLayout(FirstAdmin)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(FirstAdmin)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.organLabel = QLabel(FirstAdmin)
        self.organLabel.setObjectName(u"organLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.organLabel)

        self.organName = QLineEdit(FirstAdmin)
        self.organName.setObjectName(u"organName")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.organName)

        self.prefixLabel = QLabel(FirstAdmin)
        self.prefixLabel.setObjectName(u"prefixLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.prefixLabel)

        self.numberPrefix = QLineEdit(FirstAdmin)
        self.numberPrefix.setObjectName(u"numberPrefix")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.numberPrefix)

        self.usernameLabel = QLabel(FirstAdmin)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(FirstAdmin)
        self.username.setObjectName(u"username")
        self.username.setText(u"admin")

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.username)

        self.fullNameLabel = QLabel(FirstAdmin)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullName = QLineEdit(FirstAdmin)
        self.fullName.setObjectName(u"fullName")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fullName)

        self.passwordLabel = QLabel(FirstAdmin)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(FirstAdmin)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password)

        self.confirmLabel = QLabel(FirstAdmin)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirm = QLineEdit(FirstAdmin)
        self.confirm.setObjectName(u"confirm")
        self.confirm.setEchoMode(QLineEdit.Password)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.confirm)


        self.layout.addLayout(self.form)

        self.message = QLabel(FirstAdmin)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(u"color: #b00020;")

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(FirstAdmin)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(FirstAdmin)
    # setupUi

    def retranslateUi(self, FirstAdmin):
        FirstAdmin.setWindowTitle(QCoreApplication.translate("FirstAdmin", u"\u65b0\u6570\u636e\u5e93 \u2014 \u5ba1\u6279\u5de5\u4f5c\u53f0", None))
        self.intro.setText(QCoreApplication.translate("FirstAdmin", u"\u8fd9\u662f\u4e00\u4e2a\u65b0\u7684\u6570\u636e\u5e93\u3002\u8bf7\u586b\u5199\u672c\u5355\u4f4d\u540d\u79f0\uff0c\u5e76\u5efa\u7acb\u7b2c\u4e00\u4e2a\u7cfb\u7edf\u7ba1\u7406\u5458\u8d26\u53f7\uff1b\u5176\u4ed6\u5de5\u4f5c\u4eba\u5458\u7684\u8d26\u53f7\u7531\u7ba1\u7406\u5458\u5728\u201c\u7cfb\u7edf\u7ba1\u7406\u201d\u4e2d\u6dfb\u52a0\u3002", None))
        self.organLabel.setText(QCoreApplication.translate("FirstAdmin", u"\u673a\u5173\u540d\u79f0\uff1a", None))
        self.prefixLabel.setText(QCoreApplication.translate("FirstAdmin", u"\u6587\u53f7\u673a\u5173\u4ee3\u5b57\uff1a", None))
        self.numberPrefix.setPlaceholderText(QCoreApplication.translate("FirstAdmin", u"\u5982 \u6e2d\u9ad8\u5ba1\u6279", None))
        self.usernameLabel.setText(QCoreApplication.translate("FirstAdmin", u"\u7ba1\u7406\u5458\u7528\u6237\u540d\uff1a", None))
        self.fullNameLabel.setText(QCoreApplication.translate("FirstAdmin", u"\u7ba1\u7406\u5458\u59d3\u540d\uff1a", None))
        self.passwordLabel.setText(QCoreApplication.translate("FirstAdmin", u"\u5bc6\u7801\uff1a", None))
        self.confirmLabel.setText(QCoreApplication.translate("FirstAdmin", u"\u518d\u6b21\u8f93\u5165\u5bc6\u7801\uff1a", None))
    # retranslateUi
