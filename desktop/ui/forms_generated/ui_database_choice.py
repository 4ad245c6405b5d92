# Generated from forms/database_choice.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QGroupBox, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy,
    QSpinBox, QVBoxLayout, QWidget)

class Ui_DatabaseChoice(object):
    def setupUi(self, DatabaseChoice):
        if not DatabaseChoice.objectName():
            DatabaseChoice.setObjectName(u"DatabaseChoice")
        DatabaseChoice.resize(520, 420)
        self.layout = QVBoxLayout(DatabaseChoice)
        self.layout.setObjectName(u"layout")
        self.intro = QLabel(DatabaseChoice)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.layout.addWidget(self.intro)

        self.localChoice = QRadioButton(DatabaseChoice)
        self.localChoice.setObjectName(u"localChoice")
        self.localChoice.setChecked(True)

        self.layout.addWidget(self.localChoice)

        self.serverChoice = QRadioButton(DatabaseChoice)
        self.serverChoice.setObjectName(u"serverChoice")

        self.layout.addWidget(self.serverChoice)

        self.serverBox = QGroupBox(DatabaseChoice)
        self.serverBox.setObjectName(u"serverBox")
        self.serverBox.setEnabled(False)
        self.serverForm = QFormLayout(self.serverBox)
        self.serverForm.setObjectName(u"serverForm")
        self.hostLabel = QLabel(self.serverBox)
        self.hostLabel.setObjectName(u"hostLabel")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.hostLabel)

        self.host = QLineEdit(self.serverBox)
        self.host.setObjectName(u"host")

        self.serverForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.host)

        self.portLabel = QLabel(self.serverBox)
        self.portLabel.setObjectName(u"portLabel")

        self.serverForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.portLabel)

        self.port = QSpinBox(self.serverBox)
        self.port.setObjectName(u"port")
        self.port.setMinimum(1)
        self.port.setMaximum(65535)
        self.port.setValue(5432)

        self.serverForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.port)

        self.databaseLabel = QLabel(self.serverBox)
        self.databaseLabel.setObjectName(u"databaseLabel")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.databaseLabel)

        self.database = QLineEdit(self.serverBox)
        self.database.setObjectName(u"database")
        self.database.setText(u"approval_desk")

        self.serverForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.database)

        self.userLabel = QLabel(self.serverBox)
        self.userLabel.setObjectName(u"userLabel")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.user = QLineEdit(self.serverBox)
        self.user.setObjectName(u"user")

        self.serverForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.user)

        self.passwordLabel = QLabel(self.serverBox)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.serverForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.serverBox)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.Password)

        self.serverForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password)

        self.tlsLabel = QLabel(self.serverBox)
        self.tlsLabel.setObjectName(u"tlsLabel")

        self.serverForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.tlsLabel)

        self.tls = QComboBox(self.serverBox)
        self.tls.setObjectName(u"tls")

        self.serverForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.tls)

        self.reportingLabel = QLabel(self.serverBox)
        self.reportingLabel.setObjectName(u"reportingLabel")

        self.serverForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reportingLabel)

        self.reportingHost = QLineEdit(self.serverBox)
        self.reportingHost.setObjectName(u"reportingHost")

        self.serverForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reportingHost)

        self.testButton = QPushButton(self.serverBox)
        self.testButton.setObjectName(u"testButton")

        self.serverForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.testButton)


        self.layout.addWidget(self.serverBox)

        self.message = QLabel(DatabaseChoice)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.layout.addWidget(self.message)

        self.buttons = QDialogButtonBox(DatabaseChoice)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)


        self.retranslateUi(DatabaseChoice)
    # setupUi

    def retranslateUi(self, DatabaseChoice):
        DatabaseChoice.setWindowTitle(QCoreApplication.translate("DatabaseChoice", u"\u9996\u6b21\u4f7f\u7528 \u2014 \u5ba1\u6279\u5de5\u4f5c\u53f0", None))
        self.intro.setText(QCoreApplication.translate("DatabaseChoice", u"\u8bf7\u9009\u62e9\u6570\u636e\u5b58\u653e\u5728\u54ea\u91cc\u3002\u4ee5\u540e\u53ef\u7528 --db \u53c2\u6570\u6216\u73af\u5883\u53d8\u91cf APPROVAL_DESK_DB \u6539\u7528\u5176\u4ed6\u6570\u636e\u5e93\u3002", None))
        self.localChoice.setText(QCoreApplication.translate("DatabaseChoice", u"\u53ea\u5728\u672c\u673a\u4f7f\u7528\uff08\u5185\u7f6e\u6570\u636e\u5e93\uff0c\u65e0\u9700\u4efb\u4f55\u8bbe\u7f6e\uff09", None))
        self.serverChoice.setText(QCoreApplication.translate("DatabaseChoice", u"\u8fde\u63a5\u5355\u4f4d\u7684\u5171\u4eab\u670d\u52a1\u5668\uff08PostgreSQL\uff09", None))
        self.serverBox.setTitle(QCoreApplication.translate("DatabaseChoice", u"\u670d\u52a1\u5668", None))
        self.hostLabel.setText(QCoreApplication.translate("DatabaseChoice", u"\u5730\u5740\uff1a", None))
        self.host.setPlaceholderText(QCoreApplication.translate("DatabaseChoice", u"\u5982 192.168.1.10 \u6216 db.bureau.local", None))
        self.portLabel.setText(QCoreApplication.translate("DatabaseChoice", u"\u7aef\u53e3\uff1a", None))
        self.databaseLabel.setText(QCoreApplication.translate("DatabaseChoice", u"\u6570\u636e\u5e93\uff1a", None))
        self.userLabel.setText(QCoreApplication.translate("DatabaseChoice", u"\u6d4b\u8bd5\u7528\u8d26\u53f7\uff1a", None))
        self.passwordLabel.setText(QCoreApplication.translate("DatabaseChoice", u"\u5bc6\u7801\uff1a", None))
        self.tlsLabel.setText(QCoreApplication.translate("DatabaseChoice", u"\u52a0\u5bc6\u8fde\u63a5\uff1a", None))
        self.reportingLabel.setText(QCoreApplication.translate("DatabaseChoice", u"\u62a5\u8868\u670d\u52a1\u5668\uff1a", None))
        self.reportingHost.setPlaceholderText(QCoreApplication.translate("DatabaseChoice", u"\u53ef\u4e0d\u586b\uff1b\u5982\u5907\u7528\u670d\u52a1\u5668 db2.bureau.local\uff0c\u7edf\u8ba1\u4e0e\u5ba1\u8ba1\u8bb0\u5f55\u4ece\u5b83\u8bfb\u53d6", None))
        self.testButton.setText(QCoreApplication.translate("DatabaseChoice", u"\u6d4b\u8bd5\u8fde\u63a5", None))
    # retranslateUi
