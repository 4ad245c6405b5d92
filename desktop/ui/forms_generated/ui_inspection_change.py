# Generated from forms/inspection_change.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
    QLabel, QLineEdit, QListView, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_InspectionChangeDialog(object):
    def setupUi(self, InspectionChangeDialog):
        if not InspectionChangeDialog.objectName():
            InspectionChangeDialog.setObjectName(u"InspectionChangeDialog")
        InspectionChangeDialog.resize(560, 420)
        InspectionChangeDialog.setMinimumSize(QSize(480, 0))
        self.layout = QVBoxLayout(InspectionChangeDialog)
        self.layout.setObjectName(u"layout")
        self.summary = QLabel(InspectionChangeDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setStyleSheet(u"font-weight: bold;")
        self.summary.setWordWrap(True)

        self.layout.addWidget(self.summary)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.memberLabel = QLabel(InspectionChangeDialog)
        self.memberLabel.setObjectName(u"memberLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberLabel)

        self.member = QComboBox(InspectionChangeDialog)
        self.member.setObjectName(u"member")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.member)

        self.causeLabel = QLabel(InspectionChangeDialog)
        self.causeLabel.setObjectName(u"causeLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.causeLabel)

        self.cause = QComboBox(InspectionChangeDialog)
        self.cause.setObjectName(u"cause")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.cause)

        self.dayLabel = QLabel(InspectionChangeDialog)
        self.dayLabel.setObjectName(u"dayLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dayLabel)

        self.dayRow = QHBoxLayout()
        self.dayRow.setObjectName(u"dayRow")
        self.day = QDateEdit(InspectionChangeDialog)
        self.day.setObjectName(u"day")
        self.day.setCalendarPopup(True)

        self.dayRow.addWidget(self.day)

        self.halfDay = QComboBox(InspectionChangeDialog)
        self.halfDay.setObjectName(u"halfDay")

        self.dayRow.addWidget(self.halfDay)

        self.windowDays = QSpinBox(InspectionChangeDialog)
        self.windowDays.setObjectName(u"windowDays")
        self.windowDays.setMinimum(1)
        self.windowDays.setMaximum(20)
        self.windowDays.setValue(5)

        self.dayRow.addWidget(self.windowDays)

        self.daySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.dayRow.addItem(self.daySpacer)


        self.form.setLayout(2, QFormLayout.ItemRole.FieldRole, self.dayRow)

        self.teamLabel = QLabel(InspectionChangeDialog)
        self.teamLabel.setObjectName(u"teamLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.teamLabel)

        self.teamBox = QVBoxLayout()
        self.teamBox.setObjectName(u"teamBox")
        self.teamFilter = QLineEdit(InspectionChangeDialog)
        self.teamFilter.setObjectName(u"teamFilter")
        self.teamFilter.setClearButtonEnabled(True)

        self.teamBox.addWidget(self.teamFilter)

        self.team = QListView(InspectionChangeDialog)
        self.team.setObjectName(u"team")
        self.team.setMinimumSize(QSize(0, 260))
        self.team.setWordWrap(True)
        self.team.setUniformItemSizes(False)

        self.teamBox.addWidget(self.team)

        self.teamCount = QLabel(InspectionChangeDialog)
        self.teamCount.setObjectName(u"teamCount")
        self.teamCount.setStyleSheet(u"color: #555;")
        self.teamCount.setWordWrap(True)

        self.teamBox.addWidget(self.teamCount)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.teamBox)

        self.reasonLabel = QLabel(InspectionChangeDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(InspectionChangeDialog)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumSize(QSize(16777215, 90))

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reason)


        self.layout.addLayout(self.form)

        self.hint = QLabel(InspectionChangeDialog)
        self.hint.setObjectName(u"hint")
        self.hint.setStyleSheet(u"color: #555;")
        self.hint.setWordWrap(True)

        self.layout.addWidget(self.hint)

        self.buttons = QDialogButtonBox(InspectionChangeDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.Cancel|QDialogButtonBox.Ok)

        self.layout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.memberLabel.setBuddy(self.member)
        self.causeLabel.setBuddy(self.cause)
        self.dayLabel.setBuddy(self.day)
        self.teamLabel.setBuddy(self.team)
        self.reasonLabel.setBuddy(self.reason)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(InspectionChangeDialog)
    # setupUi

    def retranslateUi(self, InspectionChangeDialog):
        self.memberLabel.setText(QCoreApplication.translate("InspectionChangeDialog", u"\u4e0d\u80fd\u53c2\u52a0\u7684\u7ec4\u5458\uff1a", None))
        self.causeLabel.setText(QCoreApplication.translate("InspectionChangeDialog", u"\u539f\u56e0\u7c7b\u522b\uff1a", None))
        self.dayLabel.setText(QCoreApplication.translate("InspectionChangeDialog", u"\u65e5\u671f\uff1a", None))
        self.day.setDisplayFormat(QCoreApplication.translate("InspectionChangeDialog", u"yyyy-MM-dd", None))
        self.windowDays.setPrefix(QCoreApplication.translate("InspectionChangeDialog", u"\u65f6\u95f4\u7a97 ", None))
        self.windowDays.setSuffix(QCoreApplication.translate("InspectionChangeDialog", u" \u4e2a\u5de5\u4f5c\u65e5", None))
        self.teamLabel.setText(QCoreApplication.translate("InspectionChangeDialog", u"\u8e0f\u52d8\u7ec4\uff08\u52fe\u9009\uff09\uff1a", None))
        self.teamFilter.setPlaceholderText(QCoreApplication.translate("InspectionChangeDialog", u"\u6309\u59d3\u540d\u3001\u90e8\u95e8\u6216\u4e13\u4e1a\u7b5b\u9009", None))
        self.reasonLabel.setText(QCoreApplication.translate("InspectionChangeDialog", u"\u7406\u7531\uff1a", None))
        pass
    # retranslateUi
