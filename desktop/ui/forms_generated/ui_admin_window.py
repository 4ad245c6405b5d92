# Generated from forms/admin_window.ui by packaging/compile_forms.py: do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QFormLayout, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QListWidget,
    QListWidgetItem, QPlainTextEdit, QProgressBar, QPushButton,
    QSizePolicy, QSpacerItem, QTabWidget, QTableView,
    QVBoxLayout, QWidget)

class Ui_AdminWindow(object):
    def setupUi(self, AdminWindow):
        if not AdminWindow.objectName():
            AdminWindow.setObjectName(u"AdminWindow")
        AdminWindow.resize(1100, 720)
        self.layout = QVBoxLayout(AdminWindow)
        self.layout.setObjectName(u"layout")
        self.banner = QLabel(AdminWindow)
        self.banner.setObjectName(u"banner")
        self.banner.setVisible(False)
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(u"background: #fff3c4; padding: 6px;")

        self.layout.addWidget(self.banner)

        self.tabs = QTabWidget(AdminWindow)
        self.tabs.setObjectName(u"tabs")
        self.catalogueTab = QWidget()
        self.catalogueTab.setObjectName(u"catalogueTab")
        self.catalogueLayout = QVBoxLayout(self.catalogueTab)
        self.catalogueLayout.setObjectName(u"catalogueLayout")
        self.catalogueBar = QHBoxLayout()
        self.catalogueBar.setObjectName(u"catalogueBar")
        self.itemSearch = QLineEdit(self.catalogueTab)
        self.itemSearch.setObjectName(u"itemSearch")
        self.itemSearch.setClearButtonEnabled(True)

        self.catalogueBar.addWidget(self.itemSearch)

        self.addItem = QPushButton(self.catalogueTab)
        self.addItem.setObjectName(u"addItem")

        self.catalogueBar.addWidget(self.addItem)

        self.editItem = QPushButton(self.catalogueTab)
        self.editItem.setObjectName(u"editItem")

        self.catalogueBar.addWidget(self.editItem)

        self.toggleItem = QPushButton(self.catalogueTab)
        self.toggleItem.setObjectName(u"toggleItem")

        self.catalogueBar.addWidget(self.toggleItem)

        self.importCatalogue = QPushButton(self.catalogueTab)
        self.importCatalogue.setObjectName(u"importCatalogue")

        self.catalogueBar.addWidget(self.importCatalogue)

        self.exportCatalogue = QPushButton(self.catalogueTab)
        self.exportCatalogue.setObjectName(u"exportCatalogue")

        self.catalogueBar.addWidget(self.exportCatalogue)

        self.makeGuides = QPushButton(self.catalogueTab)
        self.makeGuides.setObjectName(u"makeGuides")

        self.catalogueBar.addWidget(self.makeGuides)

        self.makePoster = QPushButton(self.catalogueTab)
        self.makePoster.setObjectName(u"makePoster")

        self.catalogueBar.addWidget(self.makePoster)


        self.catalogueLayout.addLayout(self.catalogueBar)

        self.items = QTableView(self.catalogueTab)
        self.items.setObjectName(u"items")
        self.items.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.items.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.items.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.items.setAlternatingRowColors(True)
        self.items.setSortingEnabled(True)
        self.items.horizontalHeader().setStretchLastSection(True)
        self.items.verticalHeader().setVisible(False)

        self.catalogueLayout.addWidget(self.items)

        self.tabs.addTab(self.catalogueTab, "")
        self.calendarTab = QWidget()
        self.calendarTab.setObjectName(u"calendarTab")
        self.calendarLayout = QHBoxLayout(self.calendarTab)
        self.calendarLayout.setObjectName(u"calendarLayout")
        self.yearsColumn = QVBoxLayout()
        self.yearsColumn.setObjectName(u"yearsColumn")
        self.yearsLabel = QLabel(self.calendarTab)
        self.yearsLabel.setObjectName(u"yearsLabel")

        self.yearsColumn.addWidget(self.yearsLabel)

        self.years = QListWidget(self.calendarTab)
        self.years.setObjectName(u"years")
        self.years.setMaximumSize(QSize(160, 16777215))

        self.yearsColumn.addWidget(self.years)

        self.editYear = QPushButton(self.calendarTab)
        self.editYear.setObjectName(u"editYear")

        self.yearsColumn.addWidget(self.editYear)


        self.calendarLayout.addLayout(self.yearsColumn)

        self.yearDays = QPlainTextEdit(self.calendarTab)
        self.yearDays.setObjectName(u"yearDays")
        self.yearDays.setReadOnly(True)

        self.calendarLayout.addWidget(self.yearDays)

        self.tabs.addTab(self.calendarTab, "")
        self.profileTab = QWidget()
        self.profileTab.setObjectName(u"profileTab")
        self.profileLayout = QVBoxLayout(self.profileTab)
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileForm = QFormLayout()
        self.profileForm.setObjectName(u"profileForm")

        self.profileLayout.addLayout(self.profileForm)

        self.profileButtons = QHBoxLayout()
        self.profileButtons.setObjectName(u"profileButtons")
        self.profileSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.profileButtons.addItem(self.profileSpacer)

        self.importSeal = QPushButton(self.profileTab)
        self.importSeal.setObjectName(u"importSeal")

        self.profileButtons.addWidget(self.importSeal)

        self.saveProfile = QPushButton(self.profileTab)
        self.saveProfile.setObjectName(u"saveProfile")

        self.profileButtons.addWidget(self.saveProfile)


        self.profileLayout.addLayout(self.profileButtons)

        self.profileBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.profileLayout.addItem(self.profileBottom)

        self.tabs.addTab(self.profileTab, "")
        self.limitsTab = QWidget()
        self.limitsTab.setObjectName(u"limitsTab")
        self.limitsLayout = QVBoxLayout(self.limitsTab)
        self.limitsLayout.setObjectName(u"limitsLayout")
        self.limitsHelp = QLabel(self.limitsTab)
        self.limitsHelp.setObjectName(u"limitsHelp")
        self.limitsHelp.setWordWrap(True)

        self.limitsLayout.addWidget(self.limitsHelp)

        self.limitsForm = QFormLayout()
        self.limitsForm.setObjectName(u"limitsForm")
        self.limitsForm.setFieldGrowthPolicy(QFormLayout.FieldsStayAtSizeHint)

        self.limitsLayout.addLayout(self.limitsForm)

        self.limitsProblem = QLabel(self.limitsTab)
        self.limitsProblem.setObjectName(u"limitsProblem")
        self.limitsProblem.setVisible(False)
        self.limitsProblem.setWordWrap(True)
        self.limitsProblem.setStyleSheet(u"background: #fdecea; color: #b00020; padding: 6px;")

        self.limitsLayout.addWidget(self.limitsProblem)

        self.limitsButtons = QHBoxLayout()
        self.limitsButtons.setObjectName(u"limitsButtons")
        self.limitsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.limitsButtons.addItem(self.limitsSpacer)

        self.defaultLimits = QPushButton(self.limitsTab)
        self.defaultLimits.setObjectName(u"defaultLimits")

        self.limitsButtons.addWidget(self.defaultLimits)

        self.saveLimits = QPushButton(self.limitsTab)
        self.saveLimits.setObjectName(u"saveLimits")

        self.limitsButtons.addWidget(self.saveLimits)


        self.limitsLayout.addLayout(self.limitsButtons)

        self.limitsBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.limitsLayout.addItem(self.limitsBottom)

        self.tabs.addTab(self.limitsTab, "")
        self.frontdeskTab = QWidget()
        self.frontdeskTab.setObjectName(u"frontdeskTab")
        self.frontdeskLayout = QVBoxLayout(self.frontdeskTab)
        self.frontdeskLayout.setObjectName(u"frontdeskLayout")
        self.frontdeskHelp = QLabel(self.frontdeskTab)
        self.frontdeskHelp.setObjectName(u"frontdeskHelp")
        self.frontdeskHelp.setWordWrap(True)

        self.frontdeskLayout.addWidget(self.frontdeskHelp)

        self.frontdeskBar = QHBoxLayout()
        self.frontdeskBar.setObjectName(u"frontdeskBar")
        self.importFrontdesk = QPushButton(self.frontdeskTab)
        self.importFrontdesk.setObjectName(u"importFrontdesk")

        self.frontdeskBar.addWidget(self.importFrontdesk)

        self.frontdeskSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.frontdeskBar.addItem(self.frontdeskSpacer)


        self.frontdeskLayout.addLayout(self.frontdeskBar)

        self.frontdeskReport = QPlainTextEdit(self.frontdeskTab)
        self.frontdeskReport.setObjectName(u"frontdeskReport")
        self.frontdeskReport.setReadOnly(True)

        self.frontdeskLayout.addWidget(self.frontdeskReport)

        self.tabs.addTab(self.frontdeskTab, "")

        self.layout.addWidget(self.tabs)

        self.progress = QProgressBar(AdminWindow)
        self.progress.setObjectName(u"progress")
        self.progress.setVisible(False)

        self.layout.addWidget(self.progress)

        self.status = QLabel(AdminWindow)
        self.status.setObjectName(u"status")

        self.layout.addWidget(self.status)


        self.retranslateUi(AdminWindow)
    # setupUi

    def retranslateUi(self, AdminWindow):
        AdminWindow.setWindowTitle(QCoreApplication.translate("AdminWindow", u"\u7cfb\u7edf\u7ba1\u7406", None))
        self.itemSearch.setPlaceholderText(QCoreApplication.translate("AdminWindow", u"\u6309\u4e8b\u9879\u7f16\u7801\u6216\u540d\u79f0\u641c\u7d22", None))
        self.addItem.setText(QCoreApplication.translate("AdminWindow", u"\u65b0\u589e\u4e8b\u9879", None))
        self.editItem.setText(QCoreApplication.translate("AdminWindow", u"\u7f16\u8f91", None))
        self.toggleItem.setText(QCoreApplication.translate("AdminWindow", u"\u505c\u7528/\u542f\u7528", None))
        self.importCatalogue.setText(QCoreApplication.translate("AdminWindow", u"\u4ece Excel \u5bfc\u5165\u2026", None))
        self.exportCatalogue.setText(QCoreApplication.translate("AdminWindow", u"\u5bfc\u51fa Excel\u2026", None))
        self.makeGuides.setText(QCoreApplication.translate("AdminWindow", u"\u751f\u6210\u544a\u77e5\u5355\u2026", None))
#if QT_CONFIG(tooltip)
        self.makeGuides.setToolTip(QCoreApplication.translate("AdminWindow", u"\u4e3a\u6240\u9009\u4e8b\u9879\u751f\u6210\u4e00\u6b21\u6027\u544a\u77e5\u5355\uff08\u53ef\u591a\u9009\uff09\uff1b\u672a\u9009\u62e9\u4e8b\u9879\u65f6\u4e3a\u5168\u90e8\u5728\u7528\u4e8b\u9879\u751f\u6210", None))
#endif // QT_CONFIG(tooltip)
        self.makePoster.setText(QCoreApplication.translate("AdminWindow", u"\u751f\u6210\u5927\u5385\u6d77\u62a5\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.catalogueTab), QCoreApplication.translate("AdminWindow", u"\u4e8b\u9879\u76ee\u5f55", None))
        self.yearsLabel.setText(QCoreApplication.translate("AdminWindow", u"\u5df2\u5f55\u5165\u7684\u5e74\u4efd\uff1a", None))
        self.editYear.setText(QCoreApplication.translate("AdminWindow", u"\u5f55\u5165/\u4fee\u6539\u5e74\u4efd\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.calendarTab), QCoreApplication.translate("AdminWindow", u"\u8282\u5047\u65e5", None))
        self.importSeal.setText(QCoreApplication.translate("AdminWindow", u"\u5bfc\u5165\u7b7e\u7ae0\u8bc1\u4e66\u2026", None))
        self.saveProfile.setText(QCoreApplication.translate("AdminWindow", u"\u4fdd\u5b58\u5355\u4f4d\u4fe1\u606f", None))
        self.tabs.setTabText(self.tabs.indexOf(self.profileTab), QCoreApplication.translate("AdminWindow", u"\u5355\u4f4d\u4fe1\u606f", None))
        self.limitsHelp.setText(QCoreApplication.translate("AdminWindow", u"\u65f6\u9650\u6309\u5de5\u4f5c\u65e5\u8ba1\u7b97\uff08\u4e0d\u542b\u5468\u672b\u548c\u6cd5\u5b9a\u8282\u5047\u65e5\uff09\uff0c\u6bcf\u9879 1 \u81f3 %1 \u4e2a\u5de5\u4f5c\u65e5\u3002\u7b54\u590d\u65f6\u9650\u548c\u5dee\u8bc4\u6574\u6539\u56de\u8bbf\u65f6\u9650\u7528\u4e8e\u6b64\u540e\u767b\u8bb0\u7684\u5de5\u5355\u548c\u5dee\u8bc4\uff0c\u5df2\u767b\u8bb0\u7684\u4fdd\u6301\u539f\u671f\u9650\uff1b\u6284\u544a\u56de\u6267\u65f6\u9650\u7acb\u5373\u9002\u7528\u4e8e\u6240\u6709\u5c1a\u672a\u767b\u8bb0\u56de\u6267\u7684\u6284\u544a\u3002", None))
        self.defaultLimits.setText(QCoreApplication.translate("AdminWindow", u"\u6062\u590d\u9ed8\u8ba4\u503c", None))
#if QT_CONFIG(tooltip)
        self.defaultLimits.setToolTip(QCoreApplication.translate("AdminWindow", u"\u586b\u5165\u9ed8\u8ba4\u65f6\u9650\uff08\u70ed\u7ebf\u54a8\u8be2 %1 \u65e5\u3001\u6295\u8bc9 %2 \u65e5\u3001\u5dee\u8bc4\u56de\u8bbf %3 \u65e5\u3001\u6284\u544a\u56de\u6267 %4 \u65e5\uff09\uff0c\u4fdd\u5b58\u540e\u751f\u6548", None))
#endif // QT_CONFIG(tooltip)
        self.saveLimits.setText(QCoreApplication.translate("AdminWindow", u"\u4fdd\u5b58\u7763\u529e\u65f6\u9650\uff08Ctrl+S\uff09", None))
#if QT_CONFIG(shortcut)
        self.saveLimits.setShortcut(QCoreApplication.translate("AdminWindow", u"Ctrl+S", None))
#endif // QT_CONFIG(shortcut)
        self.tabs.setTabText(self.tabs.indexOf(self.limitsTab), QCoreApplication.translate("AdminWindow", u"\u7763\u529e\u65f6\u9650", None))
        self.frontdeskHelp.setText(QCoreApplication.translate("AdminWindow", u"\u9009\u62e9\u524d\u53f0\u53d7\u7406\u7cfb\u7edf\u5bfc\u51fa\u7684 CSV \u6216 Excel \u6587\u4ef6\u3002\u6bcf\u884c\u9010\u9879\u6821\u9a8c\uff1b\u5df2\u5bfc\u5165\u8fc7\u7684\u53d7\u7406\u7f16\u53f7\u81ea\u52a8\u8df3\u8fc7\uff0c\u540c\u4e00\u6587\u4ef6\u91cd\u590d\u5bfc\u5165\u4e0d\u4f1a\u91cd\u590d\u767b\u8bb0\u3002", None))
        self.importFrontdesk.setText(QCoreApplication.translate("AdminWindow", u"\u9009\u62e9\u6587\u4ef6\u5e76\u5bfc\u5165\u2026", None))
        self.tabs.setTabText(self.tabs.indexOf(self.frontdeskTab), QCoreApplication.translate("AdminWindow", u"\u524d\u53f0\u53d7\u7406\u5bfc\u5165", None))
    # retranslateUi
