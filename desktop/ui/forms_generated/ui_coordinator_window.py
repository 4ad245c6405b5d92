# Generated from forms/coordinator_window.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDateEdit,
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QSpinBox, QSplitter, QTabWidget,
    QTableView, QTextBrowser, QVBoxLayout, QWidget)

class Ui_CoordinatorWindow(object):
    def setupUi(self, CoordinatorWindow):
        if not CoordinatorWindow.objectName():
            CoordinatorWindow.setObjectName(u"CoordinatorWindow")
        CoordinatorWindow.resize(1280, 800)
        self.layout = QVBoxLayout(CoordinatorWindow)
        self.layout.setObjectName(u"layout")
        self.tabs = QTabWidget(CoordinatorWindow)
        self.tabs.setObjectName(u"tabs")
        self.calendarTab = QWidget()
        self.calendarTab.setObjectName(u"calendarTab")
        self.calendarLayout = QVBoxLayout(self.calendarTab)
        self.calendarLayout.setObjectName(u"calendarLayout")
        self.weekBar = QHBoxLayout()
        self.weekBar.setObjectName(u"weekBar")
        self.previousWeek = QPushButton(self.calendarTab)
        self.previousWeek.setObjectName(u"previousWeek")

        self.weekBar.addWidget(self.previousWeek)

        self.thisWeek = QPushButton(self.calendarTab)
        self.thisWeek.setObjectName(u"thisWeek")

        self.weekBar.addWidget(self.thisWeek)

        self.nextWeek = QPushButton(self.calendarTab)
        self.nextWeek.setObjectName(u"nextWeek")

        self.weekBar.addWidget(self.nextWeek)

        self.weekLabel = QLabel(self.calendarTab)
        self.weekLabel.setObjectName(u"weekLabel")
        self.weekLabel.setStyleSheet(u"font-weight: bold; padding-left: 12px;")

        self.weekBar.addWidget(self.weekLabel)

        self.weekSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.weekBar.addItem(self.weekSpacer)

        self.legend = QLabel(self.calendarTab)
        self.legend.setObjectName(u"legend")

        self.weekBar.addWidget(self.legend)


        self.calendarLayout.addLayout(self.weekBar)

        self.calendar = QTableView(self.calendarTab)
        self.calendar.setObjectName(u"calendar")
        self.calendar.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.calendar.setSelectionMode(QAbstractItemView.SingleSelection)
        self.calendar.setWordWrap(False)
        self.calendar.verticalHeader().setVisible(False)

        self.calendarLayout.addWidget(self.calendar)

        self.tabs.addTab(self.calendarTab, "")
        self.drawTab = QWidget()
        self.drawTab.setObjectName(u"drawTab")
        self.drawLayout = QVBoxLayout(self.drawTab)
        self.drawLayout.setObjectName(u"drawLayout")
        self.pendingLabel = QLabel(self.drawTab)
        self.pendingLabel.setObjectName(u"pendingLabel")

        self.drawLayout.addWidget(self.pendingLabel)

        self.pending = QTableView(self.drawTab)
        self.pending.setObjectName(u"pending")
        self.pending.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.pending.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.pending.setSelectionMode(QAbstractItemView.SingleSelection)
        self.pending.setAlternatingRowColors(True)
        self.pending.setSortingEnabled(True)
        self.pending.horizontalHeader().setStretchLastSection(True)
        self.pending.verticalHeader().setVisible(False)

        self.drawLayout.addWidget(self.pending)

        self.pendingButtons = QHBoxLayout()
        self.pendingButtons.setObjectName(u"pendingButtons")
        self.pendingSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.pendingButtons.addItem(self.pendingSpacer)

        self.overridePending = QPushButton(self.drawTab)
        self.overridePending.setObjectName(u"overridePending")

        self.pendingButtons.addWidget(self.overridePending)

        self.postponePending = QPushButton(self.drawTab)
        self.postponePending.setObjectName(u"postponePending")

        self.pendingButtons.addWidget(self.postponePending)

        self.cancelPending = QPushButton(self.drawTab)
        self.cancelPending.setObjectName(u"cancelPending")

        self.pendingButtons.addWidget(self.cancelPending)


        self.drawLayout.addLayout(self.pendingButtons)

        self.drawBox = QGroupBox(self.drawTab)
        self.drawBox.setObjectName(u"drawBox")
        self.drawRows = QVBoxLayout(self.drawBox)
        self.drawRows.setObjectName(u"drawRows")
        self.drawBar = QHBoxLayout()
        self.drawBar.setObjectName(u"drawBar")
        self.firstDayLabel = QLabel(self.drawBox)
        self.firstDayLabel.setObjectName(u"firstDayLabel")

        self.drawBar.addWidget(self.firstDayLabel)

        self.firstDay = QDateEdit(self.drawBox)
        self.firstDay.setObjectName(u"firstDay")
        self.firstDay.setCalendarPopup(True)

        self.drawBar.addWidget(self.firstDay)

        self.daysLabel = QLabel(self.drawBox)
        self.daysLabel.setObjectName(u"daysLabel")

        self.drawBar.addWidget(self.daysLabel)

        self.days = QSpinBox(self.drawBox)
        self.days.setObjectName(u"days")
        self.days.setMinimum(1)
        self.days.setMaximum(20)
        self.days.setValue(5)

        self.drawBar.addWidget(self.days)

        self.openDraw = QPushButton(self.drawBox)
        self.openDraw.setObjectName(u"openDraw")

        self.drawBar.addWidget(self.openDraw)

        self.drawSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.drawBar.addItem(self.drawSpacer)


        self.drawRows.addLayout(self.drawBar)

        self.commitmentBar = QHBoxLayout()
        self.commitmentBar.setObjectName(u"commitmentBar")
        self.commitmentLabel = QLabel(self.drawBox)
        self.commitmentLabel.setObjectName(u"commitmentLabel")

        self.commitmentBar.addWidget(self.commitmentLabel)

        self.commitment = QLabel(self.drawBox)
        self.commitment.setObjectName(u"commitment")
        self.commitment.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.commitmentBar.addWidget(self.commitment)

        self.commitmentSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.commitmentBar.addItem(self.commitmentSpacer)


        self.drawRows.addLayout(self.commitmentBar)

        self.witnessBar = QHBoxLayout()
        self.witnessBar.setObjectName(u"witnessBar")
        self.witnessLabel = QLabel(self.drawBox)
        self.witnessLabel.setObjectName(u"witnessLabel")

        self.witnessBar.addWidget(self.witnessLabel)

        self.witness = QLineEdit(self.drawBox)
        self.witness.setObjectName(u"witness")
        self.witness.setEnabled(False)
        self.witness.setMinimumSize(QSize(240, 0))
        self.witness.setMaxLength(64)

        self.witnessBar.addWidget(self.witness)

        self.drawButton = QPushButton(self.drawBox)
        self.drawButton.setObjectName(u"drawButton")
        self.drawButton.setEnabled(False)

        self.witnessBar.addWidget(self.drawButton)

        self.progress = QProgressBar(self.drawBox)
        self.progress.setObjectName(u"progress")
        self.progress.setVisible(False)
        self.progress.setTextVisible(False)
        self.progress.setMaximumSize(QSize(140, 16777215))

        self.witnessBar.addWidget(self.progress)

        self.witnessSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.witnessBar.addItem(self.witnessSpacer)


        self.drawRows.addLayout(self.witnessBar)


        self.drawLayout.addWidget(self.drawBox)

        self.drawLayout.setStretch(1, 1)
        self.tabs.addTab(self.drawTab, "")
        self.resultTab = QWidget()
        self.resultTab.setObjectName(u"resultTab")
        self.resultLayout = QVBoxLayout(self.resultTab)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultBar = QHBoxLayout()
        self.resultBar.setObjectName(u"resultBar")
        self.drawsLabel = QLabel(self.resultTab)
        self.drawsLabel.setObjectName(u"drawsLabel")

        self.resultBar.addWidget(self.drawsLabel)

        self.draws = QComboBox(self.resultTab)
        self.draws.setObjectName(u"draws")
        self.draws.setMinimumSize(QSize(420, 0))

        self.resultBar.addWidget(self.draws)

        self.replayButton = QPushButton(self.resultTab)
        self.replayButton.setObjectName(u"replayButton")

        self.resultBar.addWidget(self.replayButton)

        self.resultSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.resultBar.addItem(self.resultSpacer)


        self.resultLayout.addLayout(self.resultBar)

        self.drawSummary = QLabel(self.resultTab)
        self.drawSummary.setObjectName(u"drawSummary")
        self.drawSummary.setWordWrap(True)
        self.drawSummary.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.resultLayout.addWidget(self.drawSummary)

        self.resultSplitter = QSplitter(self.resultTab)
        self.resultSplitter.setObjectName(u"resultSplitter")
        self.resultSplitter.setOrientation(Qt.Horizontal)
        self.plan = QTableView(self.resultSplitter)
        self.plan.setObjectName(u"plan")
        self.plan.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.plan.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.plan.setSelectionMode(QAbstractItemView.SingleSelection)
        self.plan.setAlternatingRowColors(True)
        self.resultSplitter.addWidget(self.plan)
        self.plan.horizontalHeader().setStretchLastSection(True)
        self.plan.verticalHeader().setVisible(False)
        self.explanation = QTextBrowser(self.resultSplitter)
        self.explanation.setObjectName(u"explanation")
        self.resultSplitter.addWidget(self.explanation)

        self.resultLayout.addWidget(self.resultSplitter)

        self.resultLayout.setStretch(2, 1)
        self.tabs.addTab(self.resultTab, "")
        self.scheduledTab = QWidget()
        self.scheduledTab.setObjectName(u"scheduledTab")
        self.scheduledLayout = QVBoxLayout(self.scheduledTab)
        self.scheduledLayout.setObjectName(u"scheduledLayout")
        self.scheduled = QTableView(self.scheduledTab)
        self.scheduled.setObjectName(u"scheduled")
        self.scheduled.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.scheduled.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.scheduled.setSelectionMode(QAbstractItemView.SingleSelection)
        self.scheduled.setAlternatingRowColors(True)
        self.scheduled.setSortingEnabled(True)
        self.scheduled.horizontalHeader().setStretchLastSection(True)
        self.scheduled.verticalHeader().setVisible(False)

        self.scheduledLayout.addWidget(self.scheduled)

        self.scheduledButtons = QHBoxLayout()
        self.scheduledButtons.setObjectName(u"scheduledButtons")
        self.scheduledSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scheduledButtons.addItem(self.scheduledSpacer)

        self.replaceButton = QPushButton(self.scheduledTab)
        self.replaceButton.setObjectName(u"replaceButton")

        self.scheduledButtons.addWidget(self.replaceButton)

        self.overrideButton = QPushButton(self.scheduledTab)
        self.overrideButton.setObjectName(u"overrideButton")

        self.scheduledButtons.addWidget(self.overrideButton)

        self.rescheduleButton = QPushButton(self.scheduledTab)
        self.rescheduleButton.setObjectName(u"rescheduleButton")

        self.scheduledButtons.addWidget(self.rescheduleButton)

        self.postponeButton = QPushButton(self.scheduledTab)
        self.postponeButton.setObjectName(u"postponeButton")

        self.scheduledButtons.addWidget(self.postponeButton)

        self.cancelButton = QPushButton(self.scheduledTab)
        self.cancelButton.setObjectName(u"cancelButton")

        self.scheduledButtons.addWidget(self.cancelButton)


        self.scheduledLayout.addLayout(self.scheduledButtons)

        self.tabs.addTab(self.scheduledTab, "")

        self.layout.addWidget(self.tabs)

        self.status = QLabel(CoordinatorWindow)
        self.status.setObjectName(u"status")
        self.status.setWordWrap(True)

        self.layout.addWidget(self.status)

#if QT_CONFIG(shortcut)
        self.firstDayLabel.setBuddy(self.firstDay)
        self.daysLabel.setBuddy(self.days)
        self.witnessLabel.setBuddy(self.witness)
        self.drawsLabel.setBuddy(self.draws)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CoordinatorWindow)

        self.drawButton.setDefault(True)

    # setupUi

    def retranslateUi(self, CoordinatorWindow):
        CoordinatorWindow.setWindowTitle(QCoreApplication.translate("CoordinatorWindow", u"\u8e0f\u52d8\u534f\u8c03", None))
        self.previousWeek.setText(QCoreApplication.translate("CoordinatorWindow", u"\u25c0 \u4e0a\u4e00\u5468", None))
        self.thisWeek.setText(QCoreApplication.translate("CoordinatorWindow", u"\u672c\u5468", None))
        self.nextWeek.setText(QCoreApplication.translate("CoordinatorWindow", u"\u4e0b\u4e00\u5468 \u25b6", None))
        self.legend.setText(QCoreApplication.translate("CoordinatorWindow", u"\u84dd\u8272\uff1a\u8e0f\u52d8\u3000\u7070\u8272\uff1a\u8bf7\u5047\u6216\u516c\u52a1\u3000\u7a7a\u767d\uff1a\u53ef\u5b89\u6392", None))
        self.tabs.setTabText(self.tabs.indexOf(self.calendarTab), QCoreApplication.translate("CoordinatorWindow", u"\u8e0f\u52d8\u65e5\u5386", None))
        self.pendingLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"\u5f85\u5b89\u6392\u7684\u8e0f\u52d8\u7533\u8bf7", None))
        self.overridePending.setText(QCoreApplication.translate("CoordinatorWindow", u"\u4eba\u5de5\u6307\u5b9a\u2026", None))
        self.postponePending.setText(QCoreApplication.translate("CoordinatorWindow", u"\u5ef6\u671f\u2026", None))
        self.cancelPending.setText(QCoreApplication.translate("CoordinatorWindow", u"\u53d6\u6d88\u8e0f\u52d8\u2026", None))
        self.drawBox.setTitle(QCoreApplication.translate("CoordinatorWindow", u"\u62bd\u53d6\uff08\u53cc\u968f\u673a\uff1a\u5f00\u542f\u65f6\u516c\u5e03\u627f\u8bfa\u503c\uff0c\u89c1\u8bc1\u4eba\u968f\u540e\u7ed9\u51fa\u968f\u673a\u6570\uff0c\u518d\u63ed\u793a\u79d8\u5bc6\u503c\uff1b\u79cd\u5b50\u7531\u4e09\u8005\u63a8\u51fa\uff0c\u4efb\u4f55\u4eba\u4e0d\u80fd\u9009\u5b9a\uff09", None))
        self.firstDayLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"\u81ea", None))
        self.firstDay.setDisplayFormat(QCoreApplication.translate("CoordinatorWindow", u"yyyy-MM-dd", None))
        self.daysLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"\u8d77", None))
        self.days.setSuffix(QCoreApplication.translate("CoordinatorWindow", u" \u4e2a\u5de5\u4f5c\u65e5", None))
        self.openDraw.setText(QCoreApplication.translate("CoordinatorWindow", u"\u5f00\u542f\u62bd\u53d6", None))
        self.commitmentLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"\u627f\u8bfa\u503c\uff1a", None))
        self.commitment.setText(QCoreApplication.translate("CoordinatorWindow", u"\uff08\u5c1a\u672a\u5f00\u542f\uff09", None))
        self.witnessLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"\u89c1\u8bc1\u4eba\u968f\u673a\u6570\uff08\u7531\u76d1\u7763\u4eba\u5458\u770b\u5230\u627f\u8bfa\u503c\u540e\u8f93\u5165\uff09\uff1a", None))
        self.drawButton.setText(QCoreApplication.translate("CoordinatorWindow", u"\u62bd\u53d6", None))
        self.tabs.setTabText(self.tabs.indexOf(self.drawTab), QCoreApplication.translate("CoordinatorWindow", u"\u5f85\u5b89\u6392\u4e0e\u62bd\u53d6", None))
        self.drawsLabel.setText(QCoreApplication.translate("CoordinatorWindow", u"\u62bd\u53d6\u8bb0\u5f55\uff1a", None))
        self.replayButton.setText(QCoreApplication.translate("CoordinatorWindow", u"\u91cd\u653e\u6838\u9a8c", None))
        self.tabs.setTabText(self.tabs.indexOf(self.resultTab), QCoreApplication.translate("CoordinatorWindow", u"\u62bd\u53d6\u7ed3\u679c", None))
        self.replaceButton.setText(QCoreApplication.translate("CoordinatorWindow", u"\u8865\u62bd\u66ff\u6362\u2026", None))
        self.overrideButton.setText(QCoreApplication.translate("CoordinatorWindow", u"\u4eba\u5de5\u6307\u5b9a\u2026", None))
        self.rescheduleButton.setText(QCoreApplication.translate("CoordinatorWindow", u"\u6539\u671f\u2026", None))
        self.postponeButton.setText(QCoreApplication.translate("CoordinatorWindow", u"\u5ef6\u671f\u2026", None))
        self.cancelButton.setText(QCoreApplication.translate("CoordinatorWindow", u"\u53d6\u6d88\u8e0f\u52d8\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.scheduledTab), QCoreApplication.translate("CoordinatorWindow", u"\u5df2\u5b89\u6392", None))
    # retranslateUi
