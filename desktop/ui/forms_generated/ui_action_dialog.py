# Generated from forms/action_dialog.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit,
    QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_ActionDialog(object):
    def setupUi(self, ActionDialog):
        if not ActionDialog.objectName():
            ActionDialog.setObjectName(u"ActionDialog")
        ActionDialog.resize(520, 340)
        ActionDialog.setMinimumSize(QSize(440, 0))
        self.layout = QVBoxLayout(ActionDialog)
        self.layout.setObjectName(u"layout")
        self.summary = QLabel(ActionDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setStyleSheet(u"font-weight: bold;")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.choiceLabel = QLabel(ActionDialog)
        self.choiceLabel.setObjectName(u"choiceLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.choiceLabel)

        self.choice = QComboBox(ActionDialog)
        self.choice.setObjectName(u"choice")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.choice)

        self.daysLabel = QLabel(ActionDialog)
        self.daysLabel.setObjectName(u"daysLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.daysLabel)

        self.days = QSpinBox(ActionDialog)
        self.days.setObjectName(u"days")
        self.days.setMinimum(1)
        self.days.setMaximum(365)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.days)

        self.textLabel = QLabel(ActionDialog)
        self.textLabel.setObjectName(u"textLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.textLabel)

        self.text = QPlainTextEdit(ActionDialog)
        self.text.setObjectName(u"text")
        self.text.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.text)


        self.layout.addLayout(self.form)

        self.hint = QLabel(ActionDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #555;")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(ActionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.choiceLabel.setBuddy(self.choice)
        self.daysLabel.setBuddy(self.days)
        self.textLabel.setBuddy(self.text)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.choice, self.days)
        QWidget.setTabOrder(self.days, self.text)

        self.retranslateUi(ActionDialog)
    # setupUi

    def retranslateUi(self, ActionDialog):
        self.days.setSuffix(QCoreApplication.translate("ActionDialog", u" \u4e2a\u5de5\u4f5c\u65e5", None))
        pass
    # retranslateUi
